import { z } from '@hono/zod-openapi';
import { DEFAULT_DEVELOPMENT_HOURS, ZDevelopmentRequirement } from './model.js';

/** The framework's part of an organisation's settings. Stored as JSON: changing it may need a migration. */
export const ZFrameworkSettings = z.object({
  /** Yearly hours of ongoing development asked of each practice level (W.standards). */
  developmentHours: ZDevelopmentRequirement.default({ ...DEFAULT_DEVELOPMENT_HOURS }),
});
