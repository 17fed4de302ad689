import type { Actor } from '../../platform/access/policy.js';
import type { Queryable } from '../../platform/db/client.js';
import { notFound } from '../../platform/http/errors.js';
import { getOrganisation } from '../../platform/tenancy/org-store.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { collaborativeOfOrg, findCollaborative, isConsented, listMembersOf } from '../collaboratives/collaborative-store.js';
import { membershipPolicy } from '../hub/policy.js';
import { hubPolicy } from '../hub/policy.js';
import { personCards } from '../people/person-cards.js';
import type { Authored, PracticeSeat } from './policy.js';
import type { SourceFacts } from './source-rules.js';

/**
 * Where a request stands: the hub's side names the collaborative by id; an organisation's side
 * names the hub (an organisation takes part in at most one collaborative of a hub), as the
 * collaborative's own organisation routes do.
 */
export type Place = { side: 'hub'; collaborativeId: string } | { side: 'organisation'; hubId: string };

const WHAT = 'The collaborative';

/**
 * The actor's seat in the collaborative, or 404: a hub's own admins and analysts for its own
 * collaboratives; an organisation's admins only while its consent to the hub is in force and it
 * takes part — so an organisation that revokes its consent or leaves finds nothing from then on.
 */
export async function seatOf(q: Queryable, actor: Actor, place: Place): Promise<PracticeSeat> {
  if (place.side === 'hub') {
    authorize(hubPolicy(actor, 'see', { hubId: actor.orgId }), WHAT);
    if (!(await findCollaborative(q, actor.orgId, place.collaborativeId))) throw notFound(WHAT);
    return { hubId: actor.orgId, collaborativeId: place.collaborativeId, side: 'hub' };
  }
  authorize(membershipPolicy(actor, 'see', { orgId: actor.orgId, hubId: place.hubId }), WHAT);
  if (!(await isConsented(q, place.hubId, actor.orgId))) throw notFound(WHAT);
  const collaborative = await collaborativeOfOrg(q, place.hubId, actor.orgId);
  if (!collaborative) throw notFound(WHAT);
  return { hubId: place.hubId, collaborativeId: collaborative.id, side: 'organisation' };
}

/** What source-rules.ts needs to say who wrote these: the hub's name, the current members, the authors' names. */
export async function sourceFactsFor(q: Queryable, seat: PracticeSeat, authored: readonly Authored[]): Promise<SourceFacts> {
  const hub = await getOrganisation(q, seat.hubId);
  const members = await listMembersOf(q, seat.hubId, seat.collaborativeId);
  const currentMembers = new Map(members.filter((m) => m.status === 'consented').map((m) => [m.orgId, m.name]));
  const names = new Map<string, string>();
  const tenants = new Set(authored.map((a) => a.authorOrgId).filter((id) => id === seat.hubId || currentMembers.has(id)));
  for (const tenant of tenants) {
    const ids = authored.filter((a) => a.authorOrgId === tenant).map((a) => a.authorPersonId);
    for (const card of await personCards(q, tenant, { ids })) names.set(`${tenant}/${card.id}`, card.name);
  }
  return { hubId: seat.hubId, hubName: hub.name, currentMembers, personName: (orgId, personId) => names.get(`${orgId}/${personId}`) ?? null };
}
