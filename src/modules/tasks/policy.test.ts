import { describe, expect, it } from 'vitest';
import { policyActor } from '../../test-support/policy-cast.js';
import { ownTasks, setupPolicy, taskListPolicy } from './policy.js';

const worker = policyActor('worker', ['worker']);
const manager = policyActor('manager', ['supervisor']);
const admin = policyActor('admin', ['org_admin']);
const analyst = policyActor('analyst', ['hub_analyst']);
const foreign = policyActor('worker', ['org_admin', 'supervisor', 'worker'], 'other-org');

describe('a task list', () => {
  it('is its owner’s to list, whatever their roles', () => {
    for (const actor of [worker, manager, admin, analyst]) expect(taskListPolicy(actor, 'list', ownTasks(actor)).kind).toBe('allowed');
  });
  it('is hidden from everyone else: their manager, an org admin, another organisation’s user with the same id', () => {
    const workers = ownTasks(worker);
    expect(taskListPolicy(manager, 'list', workers).kind).toBe('hidden');
    expect(taskListPolicy(admin, 'list', workers).kind).toBe('hidden');
    expect(taskListPolicy(analyst, 'list', workers).kind).toBe('hidden');
    expect(taskListPolicy(foreign, 'list', workers).kind).toBe('hidden');
  });
  it('is only listed: nothing else can be done to it', () => {
    expect(taskListPolicy(worker, 'change', ownTasks(worker)).kind).toBe('hidden');
  });
});

describe('the setup steps', () => {
  it('are for the organisation’s admins', () => {
    expect(setupPolicy(admin, 'see', { orgId: 'org' }).kind).toBe('allowed');
  });
  it('are refused to workers, supervisors, analysts and another organisation’s admin', () => {
    for (const actor of [worker, manager, analyst]) expect(setupPolicy(actor, 'see', { orgId: 'org' }).kind).toBe('denied');
    expect(setupPolicy(foreign, 'see', { orgId: 'org' }).kind).toBe('denied');
  });
});
