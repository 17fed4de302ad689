import { z } from '@hono/zod-openapi';
import { ZPrivacySettings } from '../privacy/settings.js';
import { isTimeZone } from '../time/zone.js';

/** The tenancy's own part of an organisation's settings. Stored as JSON: changing it may need a migration. */
export const ZTenancySettings = z.object({
  defaultLocale: z.enum(['en', 'es']).default('en'),
  /**
   * Where the organisation works (IANA name): every "today" a person sees or a rule uses is the
   * date on a clock there. New organisations start in the server's zone (createOrganisation);
   * one stored before time zones existed reads as UTC, the zone its dates were kept in.
   */
  timeZone: z
    .string()
    .max(64, 'must be at most 64 characters')
    .refine(isTimeZone, 'must be a time zone name such as Europe/London or America/Los_Angeles')
    .default('UTC'),
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
