import { z } from '@hono/zod-openapi';

const weeks = z.number().int('must be a whole number of weeks').min(1, 'must be at least 1 week').max(26, 'must be at most 26 weeks');

/** How often supervision is due, in weeks, per practice level, until a pair agrees another rhythm. */
export const ZSupervisionRhythmWeeks = z
  .object({ informed: weeks, skilled: weeks, enhanced: weeks, specialist: weeks })
  .openapi('SupervisionRhythmWeeks');

export const DEFAULT_SUPERVISION_RHYTHM = { informed: 8, skilled: 6, enhanced: 4, specialist: 4 } as const;

/** Supervision's part of an organisation's settings. Stored as JSON: changing it may need a migration. */
export const ZSupervisionSettings = z.object({
  supervisionRhythmWeeks: ZSupervisionRhythmWeeks.default({ ...DEFAULT_SUPERVISION_RHYTHM }),
});
