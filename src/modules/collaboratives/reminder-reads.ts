import { and, arrayContains, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/client.js';
import { hubMemberships } from '../hub/schema.js';
import { collaborativeContributions, collaborativeMembers, collaborativeTimepoints, collaboratives } from './schema.js';

/**
 * What the reminders module may know of collaboratives, to remind an organisation's admins: the
 * staff-survey timepoints of the collaborative the organisation takes part in (at a hub whose
 * consent is in force) that fall due between two days and for which it has shared no figures yet.
 * Names and days only; never a figure.
 */

export interface TimepointAwaiting {
  hubId: string;
  orgId: string;
  collaborativeName: string;
  timepointId: string;
  label: string;
  dueOn: string;
}

const noContribution = sql`NOT EXISTS (SELECT 1 FROM ${collaborativeContributions} cc
  WHERE cc.hub_id = ${collaborativeTimepoints.hubId} AND cc.timepoint_id = ${collaborativeTimepoints.id} AND cc.org_id = ${collaborativeMembers.orgId})`;

function awaiting(q: Queryable) {
  return q
    .select({
      hubId: collaborativeTimepoints.hubId,
      orgId: collaborativeMembers.orgId,
      collaborativeName: collaboratives.name,
      timepointId: collaborativeTimepoints.id,
      label: collaborativeTimepoints.label,
      dueOn: collaborativeTimepoints.dueOn,
    })
    .from(collaborativeMembers)
    .innerJoin(hubMemberships, and(eq(hubMemberships.hubId, collaborativeMembers.hubId), eq(hubMemberships.orgId, collaborativeMembers.orgId), eq(hubMemberships.status, 'consented')))
    .innerJoin(collaboratives, and(eq(collaboratives.hubId, collaborativeMembers.hubId), eq(collaboratives.id, collaborativeMembers.collaborativeId)))
    .innerJoin(collaborativeTimepoints, and(eq(collaborativeTimepoints.hubId, collaborativeMembers.hubId), eq(collaborativeTimepoints.collaborativeId, collaborativeMembers.collaborativeId)));
}

/** The organisation's awaited staff-survey timepoints due from `from` to `to` (inclusive). */
export async function timepointsAwaitingOrg(q: Queryable, orgId: string, from: string, to: string): Promise<TimepointAwaiting[]> {
  return awaiting(q)
    .where(
      and(
        eq(collaborativeMembers.orgId, orgId),
        arrayContains(collaborativeTimepoints.kinds, ['staff-survey']),
        gte(collaborativeTimepoints.dueOn, from),
        lte(collaborativeTimepoints.dueOn, to),
        noContribution,
      ),
    )
    .orderBy(asc(collaborativeTimepoints.dueOn), asc(collaborativeTimepoints.id));
}

/**
 * One timepoint of a hub with the member organisations (consent in force) that have shared no
 * figures for it yet; undefined when the hub has no such timepoint. For the hub's "remind now".
 */
export async function timepointWithOrgsAwaiting(q: Queryable, hubId: string, timepointId: string) {
  const [timepoint] = await q
    .select({ id: collaborativeTimepoints.id, label: collaborativeTimepoints.label, dueOn: collaborativeTimepoints.dueOn, kinds: collaborativeTimepoints.kinds, collaborativeName: collaboratives.name })
    .from(collaborativeTimepoints)
    .innerJoin(collaboratives, and(eq(collaboratives.hubId, collaborativeTimepoints.hubId), eq(collaboratives.id, collaborativeTimepoints.collaborativeId)))
    .where(and(eq(collaborativeTimepoints.hubId, hubId), eq(collaborativeTimepoints.id, timepointId)));
  if (!timepoint) return undefined;
  const orgs = await awaiting(q)
    .where(and(eq(collaborativeTimepoints.hubId, hubId), eq(collaborativeTimepoints.id, timepointId), noContribution))
    .orderBy(asc(collaborativeMembers.orgId));
  return { timepoint, awaiting: orgs };
}
