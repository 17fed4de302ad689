import type { Actor } from '../../platform/access/policy.js';
import { recordListRead } from '../../platform/audit/audit-store.js';
import type { Db } from '../../platform/db/client.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { coverageTable, ongoingDevelopment } from '../development/development-rules.js';
import { levelsToClose } from '../framework/levels.js';
import { unitOr404, unitTree } from '../framework/unit-scope.js';
import { isActive } from '../people/model.js';
import { todayIn } from '../../platform/time/day.js';
import { getOrganisation } from '../../platform/tenancy/org-store.js';
import { ZFrameworkSettings } from '../framework/settings.js';
import { listCourses, presentCourse } from './course-store.js';
import { coverageByServiceOfCounts, coverageSeriesOfCounts, monthEnds, standingAt } from './coverage-rules.js';
import { loadCoverageWorld, orgCoverageCounts } from './coverage-store.js';
import { coveragePolicy } from './policy.js';
import { presentTrainingRecord } from './training-store.js';

/**
 * Coverage as use-cases, each reading only its scope: my development (one person), a team
 * (a manager's direct reports, or for org admins a unit with the units inside it) and the
 * organisation (counted in the database, counts only, no person).
 */

/** Staff and volunteers both count (W.allstaff); the views name which is which. */
const staffOrVolunteer = (kind: string) => (kind === 'volunteer' ? 'volunteer' : 'staff') as 'staff' | 'volunteer';

/** My level to reach, what I have completed, my training, ongoing hours against the requirement, and what comes next. */
export async function myDevelopment(db: Db, actor: Actor) {
  const today = todayIn(actor.timeZone);
  const [{ world }, org, catalogue] = await Promise.all([
    loadCoverageWorld(db, actor.orgId, actor.timeZone, { person: actor.personId }),
    getOrganisation(db, actor.orgId, ZFrameworkSettings),
    listCourses(db, actor.orgId, { approvedOnly: true }),
  ]);
  const me = world.people[0];
  if (me) authorize(coveragePolicy(actor, 'see', { kind: 'person', person: { orgId: actor.orgId, id: me.id, managerId: me.managerId } }), 'The person');
  const standing = me ? standingAt(me, world, today) : { required: null, completed: null, status: 'not-placed' as const };
  const toClose = standing.required ? levelsToClose(standing.completed, standing.required) : [];
  const requiredHours = org.settings.developmentHours[standing.required ?? 'informed'];
  return {
    ...standing,
    records: (me?.trainingRows ?? []).toReversed().map((r) => presentTrainingRecord(r, today)),
    ongoing: ongoingDevelopment(me?.records ?? [], today, requiredHours),
    next: {
      levels: toClose,
      courses: catalogue.filter((course) => (course.levels as string[]).some((l) => (toClose as string[]).includes(l))).map((course) => presentCourse(course, false)),
    },
  };
}

/** A team's coverage: the table and one row per active person (not the actor), by name; one list-read event. */
export async function teamCoverage(db: Db, actor: Actor, unitId: string | undefined) {
  const today = todayIn(actor.timeZone);
  if (unitId) {
    const tree = await unitTree(db, actor.orgId);
    // the policy speaks first (a supervisor is told why, whatever the id); then the tree holds
    // only the actor's organisation, so another's unit is not found, like one that does not exist
    authorize(coveragePolicy(actor, 'list', { kind: 'unit', orgId: actor.orgId }), 'The unit');
    unitOr404(tree, unitId);
  } else {
    authorize(coveragePolicy(actor, 'list', { kind: 'direct-reports', orgId: actor.orgId, managerId: actor.personId }), 'The team');
  }
  const { world } = await loadCoverageWorld(db, actor.orgId, actor.timeZone, unitId ? { unitSubtree: unitId } : { directReportsOf: actor.personId });
  const people = world.people.filter((p) => isActive(p, today) && p.id !== actor.personId);
  const rows = people.map((p) => {
    const standing = standingAt(p, world, today);
    const expiring = p.trainingRows.map((r) => presentTrainingRecord(r, today)).filter((r) => r.validity !== 'current');
    return {
      id: p.id,
      name: p.name,
      kind: staffOrVolunteer(p.kind),
      ...standing,
      expiring: expiring.map((r) => ({ id: r.id, title: r.title, expiresOn: r.expiresOn, validity: r.validity })),
    };
  });
  await recordListRead(db, actor, unitId ? 'team-coverage:unit' : 'team-coverage:direct-reports', people.map((p) => p.id), { unitId: unitId ?? null });
  return { table: coverageTable(rows), people: rows.sort((a, b) => a.name.localeCompare(b.name)) };
}

/** Coverage by service (top-level units) and at each month end of the last 12 months. */
export async function orgCoverage(db: Db, actor: Actor) {
  authorize(coveragePolicy(actor, 'see', { kind: 'organisation', orgId: actor.orgId }), 'The organisation');
  const today = todayIn(actor.timeZone);
  const [counts, tree] = await Promise.all([orgCoverageCounts(db, actor.orgId, monthEnds(today), actor.timeZone), unitTree(db, actor.orgId)]);
  const services = coverageByServiceOfCounts(counts, today)
    .map((s) => ({ ...s, name: s.serviceId ? (tree.byId.get(s.serviceId)?.name ?? null) : null }))
    .sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff'));
  return { services, series: coverageSeriesOfCounts(counts, today) };
}
