import { describe, expect, it } from 'vitest';
import type { Ability } from '../../platform/access/policy.js';
import { policyActor } from '../../test-support/policy-cast.js';
import { assignmentPolicy, assignmentsListPolicy, heldCountsPolicy, pairPolicy, privateNotePolicy, sessionPolicy } from './policy.js';

const worker = policyActor('worker', ['worker']);
const supervisor = policyActor('supervisor', ['supervisor']);
const lineManager = policyActor('line-manager', ['supervisor']);
const colleague = policyActor('colleague', ['worker']);
const admin = policyActor('admin', ['org_admin']);
const analyst = policyActor('analyst', ['hub_analyst']);
// the same person ids in another organisation, with every role
const foreignWorker = policyActor('worker', ['org_admin', 'supervisor', 'worker'], 'elsewhere');
const foreignSupervisor = policyActor('supervisor', ['org_admin', 'supervisor', 'worker'], 'elsewhere');

const session = { orgId: 'org', workerId: 'worker', supervisorId: 'supervisor' };
const ALL: Ability[] = ['see', 'list', 'create', 'change', 'remove', 'share', 'manage'];
const kinds = (decide: (a: Ability) => { kind: string }) => ALL.map((a) => `${a}:${decide(a).kind}`);

describe('a session and its shared notes', () => {
  it.each([
    ['an org admin', admin],
    ['a hub analyst', analyst],
    ['a colleague', colleague],
    ["the worker's line manager who is not their supervisor", lineManager],
    ['the worker in another organisation', foreignWorker],
    ['the supervisor in another organisation', foreignSupervisor],
  ])('is hidden from %s, whatever they ask', (_who, actor) => {
    for (const ability of ALL) expect(sessionPolicy(actor, ability, session)).toEqual({ kind: 'hidden' });
    for (const ability of ALL) expect(pairPolicy(actor, ability, session)).toEqual({ kind: 'hidden' });
  });

  it('lets the supervisor see, plan and record, and refuses them the worker’s confirmation', () => {
    expect(kinds((a) => sessionPolicy(supervisor, a, session))).toEqual(['see:allowed', 'list:allowed', 'create:allowed', 'change:allowed', 'remove:allowed', 'share:allowed', 'manage:denied']);
    expect(pairPolicy(supervisor, 'create', session).kind).toBe('allowed');
  });

  it('lets the worker see and confirm, and tells them the supervisor records', () => {
    expect(kinds((a) => sessionPolicy(worker, a, session))).toEqual(['see:allowed', 'list:allowed', 'create:denied', 'change:denied', 'remove:denied', 'share:denied', 'manage:allowed']);
    expect(pairPolicy(worker, 'create', session).kind).toBe('denied');
    expect(pairPolicy(worker, 'change', session).kind).toBe('allowed');
  });

  it('hides a pair with no supervisor from everyone but the worker', () => {
    const alone = { ...session, supervisorId: null };
    expect(pairPolicy(worker, 'see', alone).kind).toBe('allowed');
    expect(pairPolicy(worker, 'create', alone).kind).toBe('denied');
    expect(pairPolicy(supervisor, 'see', alone).kind).toBe('hidden');
  });
});

describe('a private note', () => {
  const note = { orgId: 'org', writerId: 'worker' };
  it('is its writer’s, every ability', () => {
    for (const ability of ALL) expect(privateNotePolicy(worker, ability, note).kind).toBe('allowed');
  });
  it.each([
    ['the other member of the pair', supervisor],
    ['an org admin', admin],
    ['a hub analyst', analyst],
    ['the writer’s id in another organisation', foreignWorker],
  ])('is hidden from %s', (_who, actor) => {
    for (const ability of ALL) expect(privateNotePolicy(actor, ability, note)).toEqual({ kind: 'hidden' });
  });
});

describe('who supervises a worker', () => {
  const record = { orgId: 'org', id: 'worker', managerId: 'line-manager' };
  it('is changed by an org admin or the line manager', () => {
    expect(assignmentPolicy(admin, 'change', record).kind).toBe('allowed');
    expect(assignmentPolicy(lineManager, 'change', record).kind).toBe('allowed');
  });
  it('is seen by the worker, who is told who may change it', () => {
    expect(assignmentPolicy(worker, 'see', record).kind).toBe('allowed');
    expect(assignmentPolicy(worker, 'change', record).kind).toBe('denied');
  });
  it('is hidden from other supervisors, analysts and another organisation', () => {
    for (const actor of [supervisor, analyst, colleague, foreignSupervisor]) expect(assignmentPolicy(actor, 'change', record).kind).toBe('hidden');
  });
  it('is listed for the whole organisation by org admins only', () => {
    expect(assignmentsListPolicy(admin, 'list', { orgId: 'org' }).kind).toBe('allowed');
    expect(assignmentsListPolicy(supervisor, 'list', { orgId: 'org' }).kind).toBe('denied');
    expect(assignmentsListPolicy(foreignWorker, 'list', { orgId: 'org' }).kind).toBe('hidden');
  });
});

describe('sessions held per unit', () => {
  it('are for org admins and supervisors of the organisation', () => {
    expect(heldCountsPolicy(admin, 'see', { orgId: 'org' }).kind).toBe('allowed');
    expect(heldCountsPolicy(supervisor, 'see', { orgId: 'org' }).kind).toBe('allowed');
    expect(heldCountsPolicy(worker, 'see', { orgId: 'org' }).kind).toBe('denied');
    expect(heldCountsPolicy(analyst, 'see', { orgId: 'org' }).kind).toBe('denied');
    expect(heldCountsPolicy(foreignSupervisor, 'see', { orgId: 'org' }).kind).toBe('hidden');
  });
});
