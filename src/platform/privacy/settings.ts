import { z } from '@hono/zod-openapi';
import { DEFAULT_MIN_GROUP_SIZE, LOWEST_MIN_GROUP_SIZE, minGroupSizeProblem } from './thresholds.js';

/** The privacy gate's part of an organisation's settings. Stored as JSON: changing it may need a migration. */
export const ZPrivacySettings = z.object({
  // the privacy gate owns the rule; the API only repeats its words
  minGroupSize: z
    .number()
    .int('must be a whole number')
    .min(LOWEST_MIN_GROUP_SIZE, minGroupSizeProblem(LOWEST_MIN_GROUP_SIZE - 1)!)
    .max(50, 'must be at most 50')
    .default(DEFAULT_MIN_GROUP_SIZE),
});
