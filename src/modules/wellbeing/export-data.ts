import { z } from '@hono/zod-openapi';
import type { Actor } from '../../platform/access/policy.js';
import type { Queryable } from '../../platform/db/client.js';
import { namesOf } from '../people/person-names.js';
import { instrumentsFor, scoredWith, versionOf } from './check-in-results.js';
import { listCheckIns } from './check-in-store.js';
import { checkInResponseWith, responsePackOf } from './check-in-fhir.js';
import { grantsByOwner } from './grant-store.js';
import { ZCopingPlan, ZProfile } from './model.js';
import { presentGrant, presentReflection, ZCheckIn, ZGrant, ZReflection, ZRhythmSetting } from './present.js';
import { getSpace, listReflections } from './space-store.js';
import { exportParts, type PersonalDataPart } from './personal-data-parts.js';

export const ZWellbeingExport = z
  .object({
    exportedAt: z.string(),
    person: z.object({ name: z.string() }),
    profile: ZProfile,
    copingPlan: ZCopingPlan,
    rhythm: ZRhythmSetting,
    checkIns: z.array(ZCheckIn).describe('newest first, with scores recomputed'),
    reflections: z.array(ZReflection),
    grants: z.array(ZGrant).describe('what I shared, with whom, and its status'),
    fhir: z
      .object({
        questionnaireResponses: z
          .array(z.looseObject({ resourceType: z.literal('QuestionnaireResponse'), id: z.string() }))
          .describe('each check-in as a FHIR R4 QuestionnaireResponse (id = the check-in id), newest first'),
      })
      .describe('the check-ins for FHIR tools'),
    alsoYours: z
      .record(z.string(), z.unknown())
      .describe("what other parts of Tend keep that is yours alone (private notes, answers after a hard event, named concerns…), by part"),
  });
export type TWellbeingExport = z.infer<typeof ZWellbeingExport>;

/** The export's shape with each module's part spelled out, for the OpenAPI document. */
export const wellbeingExportSchema = (parts: readonly PersonalDataPart[]) =>
  ZWellbeingExport.extend({
    alsoYours: z.object(Object.fromEntries(parts.map((part) => [part.key, part.schema]))).describe(ZWellbeingExport.shape.alsoYours.description ?? ''),
  }).openapi('WellbeingExport');

/**
 * Everything of the actor's own well-being space, as one document (its FHIR responses answer the
 * Questionnaires this Tend serves under `publicUrl`). A fixed number of queries
 * whatever the history's length: each instrument version once, the grantees' names in one query.
 */
export async function exportSpace(q: Queryable, actor: Actor, publicUrl: string, parts: readonly PersonalDataPart[] = []): Promise<TWellbeingExport> {
  const space = await getSpace(q, actor.orgId, actor.personId);
  const grants = await grantsByOwner(q, actor.orgId, actor.personId);
  const names = await namesOf(q, actor.orgId, grants.map((g) => g.granteePersonId));
  const rows = await listCheckIns(q, actor.orgId, actor.personId);
  const packs = await instrumentsFor(q, actor.orgId, rows);
  // a version no longer available for scoring may still be installed: its answers still export
  const missing = [...new Map(rows.filter((row) => !packs.get(versionOf(row))).map((row) => [versionOf(row), row])).values()];
  const responsePacks = new Map(packs);
  for (const row of missing) responsePacks.set(versionOf(row), await responsePackOf(q, actor.orgId, row.instrumentId, row.instrumentVersion));
  return {
    exportedAt: new Date().toISOString(),
    person: { name: actor.name },
    profile: space.profile,
    copingPlan: space.copingPlan,
    rhythm: { rhythm: space.rhythm, instrumentId: space.rhythmInstrumentId },
    checkIns: rows.map((row) => scoredWith(packs, row)),
    reflections: (await listReflections(q, actor.orgId, actor.personId)).map(presentReflection),
    grants: grants.map((g) => presentGrant(g, names.get(g.granteePersonId) ?? '')),
    fhir: {
      questionnaireResponses: rows.flatMap((row) => {
        const pack = responsePacks.get(versionOf(row));
        return pack ? [{ ...checkInResponseWith(pack, row, actor.locale, publicUrl) }] : [];
      }),
    },
    alsoYours: await exportParts(q, parts, actor.orgId, actor.personId),
  };
}
