import { and, desc, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Queryable } from '../../platform/db/client.js';
import { type Rhythm, type TCopingPlan, type TProfile, ZCopingPlan, ZProfile } from './model.js';
import { reflections, wellbeingSpaces } from './schema.js';

/** Queries for the owner's space (profile, coping plan, rhythm) and reflections. Callers pass the owner's own ids. */

export interface Space {
  profile: TProfile;
  copingPlan: TCopingPlan;
  rhythm: Rhythm;
  rhythmInstrumentId: string | null;
  contributesToFigures: boolean;
  updatedAt: Date | null;
}

/** The person's space; an empty one (nothing stored) when they have not written anything yet. */
export async function getSpace(q: Queryable, orgId: string, personId: string): Promise<Space> {
  const [row] = await q.select().from(wellbeingSpaces).where(and(eq(wellbeingSpaces.orgId, orgId), eq(wellbeingSpaces.personId, personId)));
  return {
    profile: ZProfile.parse(row?.profile ?? {}),
    copingPlan: ZCopingPlan.parse(row?.copingPlan ?? {}),
    rhythm: row?.rhythm ?? 'off',
    rhythmInstrumentId: row?.rhythmInstrumentId ?? null,
    contributesToFigures: row?.contributesToFigures ?? false,
    updatedAt: row?.updatedAt ?? null,
  };
}

type SpaceChange = Partial<{ profile: TProfile; copingPlan: TCopingPlan; rhythm: Rhythm; rhythmInstrumentId: string | null; contributesToFigures: boolean; contributionChangedAt: Date }>;

/** Writes part of the space, creating it on the first write. */
export async function updateSpace(q: Queryable, orgId: string, personId: string, change: SpaceChange): Promise<void> {
  const set = { ...change, updatedAt: new Date() };
  await q
    .insert(wellbeingSpaces)
    .values({ orgId, personId, ...set })
    .onConflictDoUpdate({ target: [wellbeingSpaces.orgId, wellbeingSpaces.personId], set });
}

export type ReflectionRow = typeof reflections.$inferSelect;

/** The person's reflections, newest first. */
export function listReflections(q: Queryable, orgId: string, personId: string): Promise<ReflectionRow[]> {
  return q
    .select()
    .from(reflections)
    .where(and(eq(reflections.orgId, orgId), eq(reflections.personId, personId)))
    .orderBy(desc(reflections.createdAt), desc(reflections.id));
}

/** Adds a reflection; returns it. */
export async function addReflection(q: Queryable, orgId: string, personId: string, body: string): Promise<ReflectionRow> {
  const [row] = await q.insert(reflections).values({ orgId, id: uuidv7(), personId, body }).returning();
  return row!;
}

/** Changes the person's own reflection; undefined when they have none with this id. */
export async function updateReflection(q: Queryable, orgId: string, personId: string, id: string, body: string): Promise<ReflectionRow | undefined> {
  const [row] = await q
    .update(reflections)
    .set({ body, updatedAt: new Date() })
    .where(and(eq(reflections.orgId, orgId), eq(reflections.personId, personId), eq(reflections.id, id)))
    .returning();
  return row;
}

/** Deletes the person's own reflection for good; false when they have none with this id. */
export async function deleteReflection(q: Queryable, orgId: string, personId: string, id: string): Promise<boolean> {
  const rows = await q
    .delete(reflections)
    .where(and(eq(reflections.orgId, orgId), eq(reflections.personId, personId), eq(reflections.id, id)))
    .returning({ id: reflections.id });
  return rows.length > 0;
}
