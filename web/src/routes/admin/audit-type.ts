import type { TFunction } from 'i18next';

/** An audit event's type in plain words; a type this version does not know yet shows as sent. */
export const auditTypeText = (t: TFunction, type: string) => t(`auditTypes.${type.replaceAll('.', '_')}`, { defaultValue: type });
