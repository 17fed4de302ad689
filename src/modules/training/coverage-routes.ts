import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { managers, orgAdmins, signedIn } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import { ZProblem, jsonContent, orNull } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { ZLevel } from '../framework/model.js';
import { ZCourse, ZTrainingRecord } from './present.js';
import { myDevelopment, orgCoverage, teamCoverage } from './coverage-use-cases.js';

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
    required: orNull(ZLevel),
    completed: orNull(ZLevel),
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
        required: orNull(ZLevel),
        completed: orNull(ZLevel),
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
    async (c) => c.json(await myDevelopment(db, requireActor(c)), 200),
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
    async (c) => c.json(await teamCoverage(db, requireActor(c), c.req.valid('query').unitId), 200),
  );

  app.openapi(
    guarded(orgAdmins, {
      method: 'get',
      path: '/api/v1/org/coverage',
      tags: ['Training'],
      summary: 'Coverage by service (top-level units) and at each month end of the last 12 months. Counts only, no person.',
      responses: { 200: jsonContent(ZOrgCoverage, 'Coverage by service and over time') },
    }),
    async (c) => c.json(await orgCoverage(db, requireActor(c)), 200),
  );
}
