import { z } from '@hono/zod-openapi';

const days = (what: string, fallback: number) =>
  z.number().int('must be a whole number of days').min(1, 'must be at least 1 day').max(365, 'must be at most 365 days').default(fallback).describe(what);

/**
 * Care after a hard event: when the two supportive check-ins are offered, in days after the
 * event (about 3 days and about 4 weeks by default). Stored as JSON: changing it may need a migration.
 */
export const ZHardEventSettings = z.object({
  hardEventEarlyOfferDays: days('days after a hard event when the first supportive check-in is offered', 3),
  hardEventLaterOfferDays: days('days after a hard event when the second supportive check-in is offered', 28),
});
export type THardEventSettings = z.infer<typeof ZHardEventSettings>;
