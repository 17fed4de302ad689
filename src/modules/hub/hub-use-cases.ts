import type { Actor } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { TAuditType } from '../../platform/audit/audit-types.js';
import type { Database, Queryable } from '../../platform/db/client.js';
import { conflict, invalid, notFound } from '../../platform/http/errors.js';
import { getOrganisation, updateOrgSettings } from '../../platform/tenancy/org-store.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { nextStatus, type OrgStep } from './membership-rules.js';
import { CONSENT_STATEMENT_VERSION, type MembershipStatus, ZHubSettings } from './model.js';
import { hubPolicy, membershipPolicy } from './policy.js';
import * as store from './hub-store.js';

/**
 * A membership step lands in both audit trails: the acting side's (with its person) and the
 * other side's (no person of that tenant acted: `via` says which side did, the ids say where).
 */
async function auditBothSides(tx: Queryable, actor: Actor, type: TAuditType, hubId: string, orgId: string, data: Record<string, string | number> = {}) {
  const otherTenant = actor.tenantKind === 'hub' ? orgId : hubId;
  await recordAudit(tx, actor, { type, data: { hubId, orgId, ...data } });
  await recordAudit(tx, null, { orgId: otherTenant, type, data: { hubId, orgId, via: actor.tenantKind === 'hub' ? 'hub' : 'member-organisation', ...data } });
}

/** The hub's settings as the API names them. */
export async function readHubSettings(db: Queryable, actor: Actor) {
  authorize(hubPolicy(actor, 'see', { hubId: actor.orgId }), 'The hub');
  const hub = await getOrganisation(db, actor.orgId, ZHubSettings);
  return { id: hub.id, name: hub.name, settings: { minOrganisations: hub.settings.hubMinOrganisations, minGroupSize: hub.settings.hubMinGroupSize } };
}

/** Changes the hub's thresholds (never below their floors: the schema refuses, naming the field, before anything changes). */
export async function changeHubSettings(db: Database['db'], actor: Actor, patch: { minOrganisations?: number; minGroupSize?: number }) {
  authorize(hubPolicy(actor, 'manage', { hubId: actor.orgId }), 'The hub');
  const stored = { ...(patch.minOrganisations !== undefined ? { hubMinOrganisations: patch.minOrganisations } : {}), ...(patch.minGroupSize !== undefined ? { hubMinGroupSize: patch.minGroupSize } : {}) };
  await db.transaction(async (tx) => {
    await updateOrgSettings(tx, actor.orgId, ZHubSettings, stored);
    await recordAudit(tx, actor, { type: 'hub.settings-changed', data: { fields: Object.keys(patch) } });
  });
  return readHubSettings(db, actor);
}

/** The hub's member organisations with their standing and dates, and who at each side acted (hub names only for the hub's own people). */
export async function listMembers(db: Queryable, actor: Actor) {
  authorize(hubPolicy(actor, 'list', { hubId: actor.orgId }), 'The hub');
  const rows = await store.listHubMemberships(db, actor.orgId);
  const inviters = await store.namesIn(db, actor.orgId, rows.map((r) => r.membership.invitedByPersonId));
  return rows.map(({ membership: m, orgName }) => ({
    orgId: m.orgId,
    name: orgName,
    status: m.status,
    invitedAt: m.invitedAt,
    invitedBy: (m.invitedByPersonId && inviters.get(m.invitedByPersonId)) ?? null,
    decidedAt: m.decidedAt,
    revokedAt: m.revokedAt,
    statementVersion: m.statementVersion,
  }));
}

/** Organisations a hub admin may invite, found by name (two characters at least, so the list is never the whole installation). */
export async function findOrganisations(db: Queryable, actor: Actor, text: string) {
  authorize(hubPolicy(actor, 'create', { hubId: actor.orgId }), 'The hub');
  return store.searchOrganisations(db, actor.orgId, text.trim());
}

/** A hub admin invites an organisation (or invites it again after a decline or a revocation). */
export async function inviteOrganisation(db: Database['db'], actor: Actor, orgId: string, at = new Date()) {
  authorize(hubPolicy(actor, 'create', { hubId: actor.orgId }), 'The hub');
  await db.transaction(async (tx) => {
    if (!(await store.isOrganisation(tx, orgId))) throw notFound('The organisation');
    const current = await store.findMembership(tx, actor.orgId, orgId, true);
    const outcome = nextStatus(current?.status ?? null, 'invite');
    if (!outcome.ok) throw conflict(outcome.reason);
    await store.writeInvitation(tx, actor.orgId, orgId, actor.personId, at);
    await auditBothSides(tx, actor, 'hub.invited', actor.orgId, orgId);
  });
}

/**
 * A hub admin withdraws an invitation the organisation has not answered: its admins' Home task
 * and Regional hub page no longer show it, and the hub may invite it again later.
 */
export async function withdrawInvitation(db: Database['db'], actor: Actor, orgId: string) {
  authorize(hubPolicy(actor, 'change', { hubId: actor.orgId }), 'The hub');
  await db.transaction(async (tx) => {
    const current = await store.findMembership(tx, actor.orgId, orgId, true);
    if (!current) throw notFound('The invitation');
    const outcome = nextStatus(current.status, 'withdraw');
    if (!outcome.ok) throw conflict(outcome.reason);
    await store.writeWithdrawal(tx, actor.orgId, orgId);
    await auditBothSides(tx, actor, 'hub.invitation-withdrawn', actor.orgId, orgId);
  });
}

/** The organisation's view: every hub that invited it, the hub's people who read what it releases, and the signed record. */
export async function listMyHubs(db: Queryable, actor: Actor) {
  authorize(membershipPolicy(actor, 'list', { orgId: actor.orgId, hubId: '' }), 'The membership');
  // a withdrawn invitation is no longer the organisation's to answer, so it is not shown
  const rows = (await store.listOrgMemberships(db, actor.orgId)).filter((r) => r.membership.status !== 'withdrawn');
  const signers = await store.namesIn(db, actor.orgId, rows.flatMap((r) => [r.membership.decidedByPersonId, r.membership.revokedByPersonId]));
  const result = [];
  for (const { membership: m, hubName } of rows) {
    const hubPeople = (await store.listHubPeople(db, m.hubId)).filter((p) => !p.disabled);
    result.push({
      hubId: m.hubId,
      hubName,
      status: m.status,
      invitedAt: m.invitedAt,
      decidedAt: m.decidedAt,
      decidedBy: (m.decidedByPersonId && signers.get(m.decidedByPersonId)) ?? null,
      revokedAt: m.revokedAt,
      revokedBy: (m.revokedByPersonId && signers.get(m.revokedByPersonId)) ?? null,
      statementVersion: m.statementVersion,
      // who at the hub reads released figures: names and hub roles, nothing else of them
      hubPeople: hubPeople.map((p) => ({ name: p.name, roles: p.roles.filter((r) => r === 'hub_admin' || r === 'hub_analyst') })),
    });
  }
  return { currentStatementVersion: CONSENT_STATEMENT_VERSION, memberships: result };
}

const STEP_AUDIT: Record<OrgStep, TAuditType> = { consent: 'hub.consented', decline: 'hub.declined', revoke: 'hub.revoked' };

/**
 * An org admin answers a hub: consent (signing the statement version they were shown, which
 * must be today's), decline, or revoke a consent. Another organisation's membership, or a hub
 * that never invited this one, is not found.
 */
export async function answerHub(db: Database['db'], actor: Actor, hubId: string, step: OrgStep, statementVersion?: number, at = new Date()) {
  authorize(membershipPolicy(actor, 'change', { orgId: actor.orgId, hubId }), 'The invitation');
  if (step === 'consent' && statementVersion !== CONSENT_STATEMENT_VERSION) {
    throw invalid('statementVersion', 'the consent statement has changed; read it again before signing');
  }
  return db.transaction(async (tx) => {
    const current = await store.findMembership(tx, hubId, actor.orgId, true);
    if (!current) throw notFound('The invitation');
    const outcome = nextStatus(current.status, step);
    if (!outcome.ok) throw conflict(outcome.reason);
    const status = outcome.status as Exclude<MembershipStatus, 'invited' | 'withdrawn'>;
    const version = step === 'consent' ? CONSENT_STATEMENT_VERSION : null;
    await store.writeDecision(tx, { hubId, orgId: actor.orgId, status, personId: actor.personId, statementVersion: version, at });
    await auditBothSides(tx, actor, STEP_AUDIT[step], hubId, actor.orgId, version === null ? {} : { statementVersion: version });
    return status;
  });
}

/** How many hubs wait for this organisation's answer: its admins' Home task (tasks/sources/hub.ts). */
export async function openInvitationCount(db: Queryable, actor: Actor): Promise<number> {
  if (membershipPolicy(actor, 'list', { orgId: actor.orgId, hubId: '' }).kind !== 'allowed') return 0;
  return store.countOpenInvitations(db, actor.orgId);
}
