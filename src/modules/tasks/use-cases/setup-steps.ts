import type { Actor } from '../../../platform/access/policy.js';
import type { Db } from '../../../platform/db/client.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { anyCycle } from '../../assessments/cycle-store.js';
import { currentUnitPlacements } from '../../framework/placement-store.js';
import { listPeople } from '../../people/people-store.js';
import { listCourses } from '../../training/course-store.js';
import { listUnits } from '../../units/unit-store.js';
import { setupProgress } from '../model.js';
import { setupPolicy } from '../policy.js';

/**
 * An organisation's first run, for its admins: units made, people brought in (anyone besides the
 * first admin), teams placed on the framework, a course catalogue, a first assessment opened.
 * Each answer comes from the owning module's store; nothing about any one person is shown.
 */
export async function setupSteps(db: Db, actor: Actor) {
  authorize(setupPolicy(actor, 'see', { orgId: actor.orgId }), 'The setup');
  const [units, people, placements, courses, assessment] = await Promise.all([
    listUnits(db, actor.orgId),
    listPeople(db, actor.orgId, { limit: 1, offset: 0 }),
    currentUnitPlacements(db, actor.orgId),
    listCourses(db, actor.orgId, { approvedOnly: false }),
    anyCycle(db, actor.orgId),
  ]);
  return setupProgress({ units: units.length > 0, people: people.total > 1, placement: placements.size > 0, courses: courses.length > 0, assessment });
}
