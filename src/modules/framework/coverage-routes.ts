import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { hasRole, managers, orgAdmins, signedIn } from '../../platform/access/policy.js';
import { recordListRead } from '../../platform/audit/audit-store.js';
import type { AppDeps } from '../../platform/deps.js';
import { forbidden } from '../../platform/http/errors.js';
import { ZProblem, jsonContent } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded } from '../../platform/http/route.js';
import { isActive, todayIso } from '../people/model.js';
import { getOrganisation } from '../../platform/tenancy/org-store.js';
import { ZFrameworkSettings } from './settings.js';
import { ZCourse } from './course-routes.js';
import { listCourses, presentCourse } from './course-store.js';
import { coverageByService, coverageSeries, standingAt } from './coverage-rules.js';
import { loadCoverageWorld } from './coverage-store.js';
import { coverageTable, ongoingDevelopment } from './development-rules.js';
import { levelsToClose } from './levels.js';
import { ZLevel } from './model.js';
import { unitChainOf } from './placement-rules.js';
import { ZTrainingRecord } from './training-routes.js';
import { presentTrainingRecord } from './training-store.js';
import { unitOr404 } from './unit-scope.js';

const ZStatus = z.enum(['met', 'gap', 'not-placed']);
const ZTable = z
  .object({
    rows: z.array(z.object({ level: ZLevel, people: z.number().int(), met: z.number().int() })),
    notPlaced: z.number().int(),
    placed: z.number().int(),
    met: z.number().int(),
    gaps: z.number().int(),
  })
  .openapi('CoverageTable');

const ZMyDevelopment = z
  .object({
    required: ZLevel.nullable(),
    completed: ZLevel.nullable(),
    status: ZStatus,
    records: z.array(ZTrainingRecord),
    ongoing: z.object({ hours: z.number(), requiredHours: z.number(), met: z.boolean() }),
    next: z.object({ levels: z.array(ZLevel), courses: z.array(ZCourse) }),
  })
  .openapi('MyDevelopment');

const ZTeamCoverage = z
  .object({
    table: ZTable,
    people: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.enum(['staff', 'volunteer']),
        required: ZLevel.nullable(),
        completed: ZLevel.nullable(),
        status: ZStatus,
        expiring: z.array(z.object({ id: z.string(), title: z.string(), expiresOn: z.string().nullable(), validity: z.enum(['current', 'expiring', 'expired']) })),
      }),
    ),
  })
  .openapi('TeamCoverage');

const ZOrgCoverage = z
  .object({
    services: z.array(ZTable.extend({ serviceId: z.string().nullable(), name: z.string().nullable() })),
    series: z.array(z.object({ month: z.string(), date: z.string(), placed: z.number().int(), met: z.number().int(), gaps: z.number().int(), notPlaced: z.number().int() })),
  })
  .openapi('OrgCoverage');

/** Staff and volunteers both count (W.allstaff); the views name which is which. */
const staffOrVolunteer = (kind: string) => (kind === 'volunteer' ? 'volunteer' : 'staff') as 'staff' | 'volunteer';

/** My development, my team's coverage, and the organisation's coverage over time. */
export function registerCoverageRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/development',
      tags: ['Training'],
      summary: 'My level to reach, what I have completed, my training, ongoing hours against the requirement, and what comes next',
      responses: { 200: jsonContent(ZMyDevelopment, 'My development') },
    }),
    async (c) => {
      const actor = c.get('actor')!;
      const today = todayIso();
      const [{ world }, org, catalogue] = await Promise.all([
        loadCoverageWorld(db, actor.orgId, (p) => p.id === actor.personId),
        getOrganisation(db, actor.orgId, ZFrameworkSettings),
        listCourses(db, actor.orgId, { approvedOnly: true }),
      ]);
      const me = world.people[0];
      const standing = me ? standingAt(me, world, today) : { required: null, completed: null, status: 'not-placed' as const };
      const toClose = standing.required ? levelsToClose(standing.completed, standing.required) : [];
      const requiredHours = org.settings.developmentHours[standing.required ?? 'informed'];
      return c.json(
        {
          ...standing,
          records: (me?.trainingRows ?? []).toReversed().map((r) => presentTrainingRecord(r, today)),
          ongoing: ongoingDevelopment(me?.records ?? [], today, requiredHours),
          next: {
            levels: toClose,
            courses: catalogue.filter((course) => (course.levels as string[]).some((l) => (toClose as string[]).includes(l))).map((course) => presentCourse(course, false)),
          },
        },
        200,
      );
    },
  );

  app.openapi(
    guarded(managers, {
      method: 'get',
      path: '/api/v1/team/coverage',
      tags: ['Training'],
      summary: "Coverage of a team: a supervisor's direct reports, or for org admins the people of a unit and the units inside it. Each request is one audit event with how many people were shown.",
      request: { query: z.object({ unitId: z.uuid('must be the id of a unit').optional() }) },
      responses: { 200: jsonContent(ZTeamCoverage, 'The coverage table and one row per person'), 403: jsonContent(ZProblem, 'Only org admins choose a unit'), 404: jsonContent(ZProblem, 'No such unit') },
    }),
    async (c) => {
      const actor = c.get('actor')!;
      const { unitId } = c.req.valid('query');
      if (unitId && !hasRole(actor, 'org_admin')) throw forbidden('Only organisation admins can look at a whole unit; your own reports are shown without one.');
      const today = todayIso();
      const { world, tree } = await loadCoverageWorld(db, actor.orgId, (p, parentOf) =>
        unitId ? unitChainOf(p.unitId, parentOf).includes(unitId) : p.managerId === actor.personId,
      );
      if (unitId) unitOr404(tree, unitId);
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
      return c.json({ table: coverageTable(rows), people: rows.sort((a, b) => a.name.localeCompare(b.name)) }, 200);
    },
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'get',
      path: '/api/v1/org/coverage',
      tags: ['Training'],
      summary: 'Coverage by service (top-level units) and at each month end of the last 12 months. Counts only, no person.',
      responses: { 200: jsonContent(ZOrgCoverage, 'Coverage by service and over time') },
    }),
    async (c) => {
      const actor = c.get('actor')!;
      const today = todayIso();
      const { world, tree } = await loadCoverageWorld(db, actor.orgId);
      const services = coverageByService(world, today)
        .map((s) => ({ ...s, name: s.serviceId ? (tree.byId.get(s.serviceId)?.name ?? null) : null }))
        .sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff'));
      return c.json({ services, series: coverageSeries(world, today) }, 200);
    },
  );
}
