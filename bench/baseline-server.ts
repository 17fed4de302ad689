// The baseline: bare node:http + a pg Pool answering the bench's requests as Tend does (session
// alive, role, CSRF, input checks, the same JSON) with the least SQL that gives that answer: the
// session lookup (the same statement as Tend's actorForSession, and its delete or touch by the
// same rules), then ONE statement per request: the unit list query, the unit and its
// `unit.created` audit event inserted together (one statement is atomic, so no begin/commit),
// the check-in of baseline-checkin.ts, the survey answer of baseline-survey.ts or the
// organisation's coverage of baseline-coverage.ts. So the ratio measures Tend against the limit of the stack,
// not against a copy of Tend's statements; run.ts checks once per run that the answers agree.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { submitCheckIn } from './baseline-checkin.js';
import { orgCoverage } from './baseline-coverage.js';
import { rawFigures } from './baseline-metrics.js';
import { answerSurvey, SURVEY_PATH } from './baseline-survey.js';
import { type Actor, HttpError } from './baseline-shared.js';

const SESSION_SQL =
  'select "sessions"."created_at", "sessions"."last_seen_at", "sessions"."csrf_token", "accounts"."id", "accounts"."person_id", "accounts"."roles", "accounts"."email", "accounts"."locale", "accounts"."disabled", "people"."name", coalesce("organisations"."settings"->>\'timeZone\', \'UTC\') from "sessions" inner join "accounts" on ("accounts"."org_id" = "sessions"."org_id" and "accounts"."id" = "sessions"."account_id") inner join "people" on ("people"."org_id" = "accounts"."org_id" and "people"."id" = "accounts"."person_id") inner join "organisations" on "organisations"."id" = "sessions"."org_id" where ("sessions"."org_id" = $1 and "sessions"."token_hash" = $2)';
const DELETE_SESSION_SQL = 'delete from "sessions" where ("sessions"."org_id" = $1 and "sessions"."token_hash" = $2)';
const TOUCH_SESSION_SQL = 'update "sessions" set "last_seen_at" = $1 where ("sessions"."org_id" = $2 and "sessions"."token_hash" = $3)';
const LIST_UNITS_SQL =
  'select "units"."id", "units"."name", "units"."kind", "units"."parent_id", count("people"."id")::int from "units" left join "people" on ("people"."org_id" = "units"."org_id" and "people"."unit_id" = "units"."id") where "units"."org_id" = $1 group by "units"."org_id", "units"."id" order by "units"."name" asc';
// a parent must be a unit of the organisation (a new unit cannot close a cycle); no row inserted
// means it is not, and then the audit insert has no row either
const CREATE_UNIT_SQL = `with created as (
  insert into units (org_id, id, parent_id, name, kind)
  select $1, $2, $3::uuid, $4, $5
  where $3::uuid is null or exists (select 1 from units where org_id = $1 and id = $3::uuid)
  returning id)
insert into audit_events (org_id, id, type, actor_account_id, actor_person_id, data)
select $1, $6, 'unit.created', $7, $8, jsonb_build_object('unitId', created.id) from created`;

// the same rules as platform/auth (session-rules.ts, tokens.ts) and modules/people/model.ts
const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
const TOUCH_INTERVAL_MS = 60 * 1000;
const TENANT_TOKEN = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([A-Za-z0-9_-]{20,64})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// dates as 'YYYY-MM-DD' strings, as Tend reads them (platform/db/client.ts)
pg.types.setTypeParser(1082, (value: string) => value);

type SessionRow = [Date, Date, string, string, string, string[], string, string, boolean, string, string];
type UnitRow = [string, string, string, string | null, number];

function sessionCookie(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === 'tend_session') return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
}

async function actorForSession(pool: pg.Pool, cookie: string | undefined) {
  const match = cookie ? TENANT_TOKEN.exec(cookie) : null;
  if (!match) return undefined;
  const orgId = match[1]!;
  const tokenHash = createHash('sha256').update(match[2]!).digest('base64url');
  const result = await pool.query<SessionRow>({ text: SESSION_SQL, values: [orgId, tokenHash], rowMode: 'array' });
  const row = result.rows[0];
  if (!row) return undefined;
  const [createdAt, lastSeenAt, csrfToken, accountId, personId, roles, email, locale, disabled, name, timeZone] = row;
  const now = Date.now();
  if (disabled || now - lastSeenAt.getTime() >= IDLE_TIMEOUT_MS || now - createdAt.getTime() >= ABSOLUTE_TIMEOUT_MS) {
    await pool.query(DELETE_SESSION_SQL, [orgId, tokenHash]);
    return undefined;
  }
  if (now - lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await pool.query(TOUCH_SESSION_SQL, [new Date(now).toISOString(), orgId, tokenHash]);
  const actor: Actor = { orgId, accountId, personId, roles, email, name, locale, timeZone };
  return { actor, csrfToken };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

interface UnitInput {
  name: string;
  kind: 'service' | 'team';
  parentId: string | null;
}

/** The checks of ZUnitInput: trimmed name of 1–200 characters, kind service or team, parentId a uuid or null. */
function parseUnitInput(text: string): UnitInput {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'validation');
  }
  if (typeof body !== 'object' || body === null) throw new HttpError(400, 'validation');
  const { name, kind, parentId } = body as Record<string, unknown>;
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (trimmed.length < 1 || trimmed.length > 200) throw new HttpError(400, 'validation');
  if (kind !== 'service' && kind !== 'team') throw new HttpError(400, 'validation');
  if (parentId !== undefined && parentId !== null && (typeof parentId !== 'string' || !UUID.test(parentId))) throw new HttpError(400, 'validation');
  return { name: trimmed, kind, parentId: parentId ?? null };
}

async function listUnits(pool: pg.Pool, orgId: string) {
  const result = await pool.query<UnitRow>({ text: LIST_UNITS_SQL, values: [orgId], rowMode: 'array' });
  return result.rows.map(([id, name, kind, parentId, peopleCount]) => ({ id, name, kind, parentId, peopleCount }));
}

async function createUnit(pool: pg.Pool, actor: Actor, input: UnitInput): Promise<string> {
  const id = uuidv7();
  const result = await pool.query(CREATE_UNIT_SQL, [actor.orgId, id, input.parentId, input.name, input.kind, uuidv7(), actor.accountId, actor.personId]);
  if (result.rowCount !== 1) throw new HttpError(400, 'validation');
  return id;
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

const CHECK_INS = '/api/v1/me/wellbeing/check-ins';
const COVERAGE = '/api/v1/org/coverage';
const FIGURES = '/api/v1/workforce/figures';

async function handle(pool: pg.Pool, req: IncomingMessage, res: ServerResponse) {
  const path = (req.url ?? '/').split('?')[0];
  const found = await actorForSession(pool, sessionCookie(req.headers.cookie));
  const survey = req.method === 'POST' ? SURVEY_PATH.exec(path ?? '') : null;
  const known =
    (path === '/api/v1/units' && (req.method === 'GET' || req.method === 'POST')) ||
    (path === CHECK_INS && req.method === 'POST') ||
    (path === COVERAGE && req.method === 'GET') ||
    (path === FIGURES && req.method === 'GET') ||
    survey !== null;
  if (!known) throw new HttpError(404, 'not-found');
  if (req.method === 'GET') {
    if (!found) throw new HttpError(401, 'unauthenticated');
    if (path === COVERAGE) {
      // the organisation's coverage is for its admins (Tend's orgAdmins policy)
      if (!found.actor.roles.includes('org_admin')) throw new HttpError(403, 'forbidden');
      sendJson(res, 200, await orgCoverage(pool, found.actor));
      return;
    }
    if (path === FIGURES) {
      // the workforce figures are for org admins and supervisors (Tend's managers policy)
      if (!found.actor.roles.includes('org_admin') && !found.actor.roles.includes('supervisor')) throw new HttpError(403, 'forbidden');
      const quarterId = new URLSearchParams((req.url ?? '').split('?')[1] ?? '').get('quarter') ?? '';
      sendJson(res, 200, await rawFigures(pool, found.actor, quarterId));
      return;
    }
    sendJson(res, 200, { units: await listUnits(pool, found.actor.orgId) });
    return;
  }
  const origin = req.headers.origin;
  if (origin && origin !== `http://${req.headers.host}`) throw new HttpError(403, 'csrf');
  if (found && req.headers['x-csrf-token'] !== found.csrfToken) throw new HttpError(403, 'csrf');
  if (!found) throw new HttpError(401, 'unauthenticated');
  // the check-in is open to anyone signed in (Tend's signedIn policy), the units to org admins
  if (path === CHECK_INS) {
    sendJson(res, 201, await submitCheckIn(pool, found.actor, await readBody(req)));
    return;
  }
  // answering a survey is open to anyone signed in (signedIn); who is asked is the survey's own rule
  if (survey) {
    sendJson(res, 201, await answerSurvey(pool, found.actor, decodeURIComponent(survey[1]!), await readBody(req)));
    return;
  }
  if (!found.actor.roles.includes('org_admin')) throw new HttpError(403, 'forbidden');
  const input = parseUnitInput(await readBody(req));
  sendJson(res, 201, { id: await createUnit(pool, found.actor, input) });
}

export interface BaselineServer {
  port: number;
  close(): Promise<void>;
}

/** Starts the baseline on a free loopback port with its own pool of `max` connections. */
export async function startBaselineServer(poolConfig: pg.PoolConfig): Promise<BaselineServer> {
  const pool = new pg.Pool(poolConfig);
  let closing = false;
  // an idle connection that the server ends (as on shutdown) must not crash the process
  pool.on('error', (error) => {
    if (!closing) console.error(`[baseline] idle connection: ${error.message}`);
  });
  const server: Server = createServer((req, res) => {
    handle(pool, req, res).catch((error: unknown) => {
      if (error instanceof HttpError) return sendJson(res, error.status, { type: error.code, status: error.status });
      console.error(`[baseline] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      sendJson(res, 500, { type: 'internal', status: 500 });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      closing = true;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
