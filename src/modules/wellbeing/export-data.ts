import { z } from '@hono/zod-openapi';
import type { Actor } from '../../platform/access/policy.js';
import type { Queryable } from '../../platform/db/client.js';
import { findPerson } from '../people/people-store.js';
import { withScores } from './check-in-results.js';
import { listCheckIns } from './check-in-store.js';
import { checkInResponse } from './fhir-routes.js';
import { grantsByOwner } from './grant-store.js';
import { ZCopingPlan, ZProfile } from './model.js';
import { presentGrant, presentReflection, ZCheckIn, ZGrant, ZReflection, ZRhythmSetting } from './present.js';
import { getSpace, listReflections } from './space-store.js';

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
  })
  .openapi('WellbeingExport');
export type TWellbeingExport = z.infer<typeof ZWellbeingExport>;

/** Everything of the actor's own well-being space, as one document. */
export async function exportSpace(q: Queryable, actor: Actor): Promise<TWellbeingExport> {
  const space = await getSpace(q, actor.orgId, actor.personId);
  const grants = await grantsByOwner(q, actor.orgId, actor.personId);
  const rows = await listCheckIns(q, actor.orgId, actor.personId);
  const responses = await Promise.all(rows.map((row) => checkInResponse(q, actor.orgId, row, actor.locale)));
  const names = new Map<string, string>();
  for (const id of new Set(grants.map((g) => g.granteePersonId))) names.set(id, (await findPerson(q, actor.orgId, id))?.name ?? '');
  return {
    exportedAt: new Date().toISOString(),
    person: { name: actor.name },
    profile: space.profile,
    copingPlan: space.copingPlan,
    rhythm: { rhythm: space.rhythm, instrumentId: space.rhythmInstrumentId },
    checkIns: await withScores(q, actor.orgId, rows),
    reflections: (await listReflections(q, actor.orgId, actor.personId)).map(presentReflection),
    grants: grants.map((g) => presentGrant(g, names.get(g.granteePersonId) ?? '')),
    fhir: { questionnaireResponses: responses.flatMap((r) => (r ? [{ ...r }] : [])) },
  };
}
