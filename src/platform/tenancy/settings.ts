import { z } from '@hono/zod-openapi';
import { ZPrivacySettings } from '../privacy/settings.js';

/** The tenancy's own part of an organisation's settings. Stored as JSON: changing it may need a migration. */
export const ZTenancySettings = z.object({
  defaultLocale: z.enum(['en', 'es']).default('en'),
});

/**
 * The settings the platform itself reads (the privacy gate's threshold, the default language).
 * Each module declares its own part beside its code; src/org-settings.ts composes them all, so
 * the platform never names a module.
 */
export const ZPlatformSettings = z.object({ ...ZPrivacySettings.shape, ...ZTenancySettings.shape });
export type TPlatformSettings = z.infer<typeof ZPlatformSettings>;

/** A part of the settings, or all of them: whatever schema reads the stored JSON. */
export type SettingsSchema<T> = z.ZodType<T>;
