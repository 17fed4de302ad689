import type { z } from '@hono/zod-openapi';
import { ZFrameworkSettings } from './modules/framework/settings.js';
import { ZVoiceSettings } from './modules/voice/settings.js';
import { ZSupervisionSettings } from './modules/supervision/settings.js';
import { ZHardEventSettings } from './modules/hard-events/settings.js';
import { ZWellbeingSettings } from './modules/wellbeing/settings.js';
import { ZPrivacySettings } from './platform/privacy/settings.js';
import { ZTenancySettings } from './platform/tenancy/settings.js';

/**
 * An organisation's settings: every part's own schema, composed here so that neither the platform
 * nor any module has to name the others. A module with settings of its own adds its part here.
 * Stored as JSON in organisations.settings: changing this shape may need a migration.
 */
export const ZOrgSettings = ZPrivacySettings.extend(ZTenancySettings.shape)
  .extend(ZFrameworkSettings.shape)
  .extend(ZWellbeingSettings.shape)
  .extend(ZVoiceSettings.shape)
  .extend(ZSupervisionSettings.shape)
  .extend(ZHardEventSettings.shape)
  .openapi('OrgSettings');
export type TOrgSettings = z.infer<typeof ZOrgSettings>;
