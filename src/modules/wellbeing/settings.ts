import { z } from '@hono/zod-openapi';

/** Well-being's part of an organisation's settings. Stored as JSON: changing it may need a migration. */
export const ZWellbeingSettings = z.object({
  /** Months a well-being check-in is kept before it is deleted (null: kept until the worker erases it). */
  checkInRetentionMonths: z.number().int('must be a whole number').min(1, 'must be at least 1 month').max(600, 'must be at most 600 months').nullable().default(null),
});
