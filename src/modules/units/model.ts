import { z } from '@hono/zod-openapi';

/** Pure rules about the unit tree (services and the teams inside them): no I/O here. */

export const UNIT_KINDS = ['service', 'team'] as const;

const trimmedName = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const ZUnitInput = z
  .object({
    name: trimmedName,
    kind: z.enum(UNIT_KINDS, { error: 'must be service or team' }),
    parentId: z.uuid('must be the id of a unit').nullish(),
  })
  .openapi('UnitInput');
export type TUnitInput = z.infer<typeof ZUnitInput>;

export const ZUnitPatch = z
  .object({ name: trimmedName.optional(), parentId: z.uuid('must be the id of a unit').nullish() })
  .openapi('UnitPatch');
export type TUnitPatch = z.infer<typeof ZUnitPatch>;

/**
 * Would making `newParentId` the parent of `unitId` create a loop? Walks up from the new
 * parent through `parentOf`; reaching `unitId` means yes.
 */
export function wouldCreateCycle(unitId: string, newParentId: string | null | undefined, parentOf: Map<string, string | null>): boolean {
  let current = newParentId ?? null;
  const seen = new Set<string>();
  while (current) {
    if (current === unitId) return true;
    if (seen.has(current)) return true;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}
