import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import type { Preference, ReminderKind } from './model.js';
import { reminderPreferences } from './schema.js';

/** A person's stored choices (kinds never chosen are absent: the defaults apply). */
export async function storedPreferences(q: Queryable, orgId: string, personId: string): Promise<Preference[]> {
  const rows = await q
    .select({ kind: reminderPreferences.kind, inApp: reminderPreferences.inApp, email: reminderPreferences.email })
    .from(reminderPreferences)
    .where(and(eq(reminderPreferences.orgId, orgId), eq(reminderPreferences.personId, personId)));
  return rows.map((r) => ({ ...r, kind: r.kind as ReminderKind }));
}

/** Every stored choice of the organisation, by `person:kind`: one read per round. */
export async function preferencesOfOrg(q: Queryable, orgId: string): Promise<Map<string, Preference>> {
  const rows = await q.select().from(reminderPreferences).where(eq(reminderPreferences.orgId, orgId));
  return new Map(rows.map((r) => [`${r.personId}:${r.kind}`, { kind: r.kind as ReminderKind, inApp: r.inApp, email: r.email }]));
}

/** Saves the person's choices for these kinds (others keep theirs). */
export async function savePreferences(q: Queryable, orgId: string, personId: string, preferences: readonly Preference[]): Promise<void> {
  for (const p of preferences) {
    const set = { inApp: p.inApp, email: p.email, updatedAt: new Date() };
    await q
      .insert(reminderPreferences)
      .values({ orgId, personId, kind: p.kind, ...set })
      .onConflictDoUpdate({ target: [reminderPreferences.orgId, reminderPreferences.personId, reminderPreferences.kind], set });
  }
}

/** Deletes the person's choices; how many. */
export async function deletePreferences(q: Queryable, orgId: string, personId: string): Promise<number> {
  const rows = await q
    .delete(reminderPreferences)
    .where(and(eq(reminderPreferences.orgId, orgId), eq(reminderPreferences.personId, personId)))
    .returning({ kind: reminderPreferences.kind });
  return rows.length;
}
