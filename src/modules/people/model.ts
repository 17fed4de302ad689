import { z } from '@hono/zod-openapi';

/** Pure rules about people: no I/O here (the unit tree's rules are in modules/units/model.ts). */

export const PERSON_KINDS = ['employee', 'volunteer', 'contractor', 'peer_worker'] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => isRealDate(s), 'is not a real calendar date');

/** True for an existing calendar day written YYYY-MM-DD (rejects 2025-02-30). */
export function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const trimmedName = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const email = z.string().trim().toLowerCase().max(320).pipe(z.email('must be an email address like name@example.org'));

export const ZPersonInput = z
  .object({
    name: trimmedName,
    email,
    jobTitle: z.string().trim().max(200).nullish(),
    unitId: z.uuid('must be the id of a unit').nullish(),
    managerId: z.uuid('must be the id of a person').nullish(),
    kind: z.enum(PERSON_KINDS, { error: `must be one of ${PERSON_KINDS.join(', ')}` }),
    startDate: isoDate.nullish(),
    endDate: isoDate.nullish(),
  })
  .refine((p) => !p.startDate || !p.endDate || p.endDate >= p.startDate, {
    path: ['endDate'],
    message: 'must not be before the start date',
  })
  .openapi('PersonInput');
export type TPersonInput = z.infer<typeof ZPersonInput>;

export const ZPersonPatch = z
  .object({
    name: trimmedName.optional(),
    email: email.optional(),
    jobTitle: z.string().trim().max(200).nullish(),
    unitId: z.uuid('must be the id of a unit').nullish(),
    managerId: z.uuid('must be the id of a person').nullish(),
    kind: z.enum(PERSON_KINDS).optional(),
    startDate: isoDate.nullish(),
    endDate: isoDate.nullish(),
  })
  .openapi('PersonPatch');
export type TPersonPatch = z.infer<typeof ZPersonPatch>;

/** Is the person active on `today` (started, and not yet ended)? */
export function isActive(person: { startDate: string | null; endDate: string | null }, today: string): boolean {
  return (!person.startDate || person.startDate <= today) && (!person.endDate || person.endDate >= today);
}

