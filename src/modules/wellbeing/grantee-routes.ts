import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { and, asc, eq, ilike, isNotNull, ne, sql } from 'drizzle-orm';
import { signedIn } from '../../platform/access/policy.js';
import { accounts } from '../../platform/auth/schema.js';
import type { Queryable } from '../../platform/db/client.js';
import type { AppDeps } from '../../platform/deps.js';
import { jsonContent, ZProblem } from '../../platform/http/openapi-shared.js';
import { type AppEnv, guarded, requireActor } from '../../platform/http/route.js';
import { people } from '../people/schema.js';
import { units } from '../units/schema.js';
import { wellbeingTags } from './present.js';

/** At most this many colleagues per search: a lookup to choose one person, not a directory to page through. */
export const GRANTEE_LIMIT = 20;
/** The roles that can open "Shared with me" (web/src/app/nav.ts, WELLBEING_ROLES): sharing with anyone else would reach nobody. */
const READER_ROLES = ['worker', 'supervisor', 'org_admin'];

export const ZGrantee = z
  .object({ id: z.string(), name: z.string(), jobTitle: z.string().nullable(), unitName: z.string().nullable() })
  .openapi('WellbeingGrantee', { description: 'A colleague I could share with: names only, never an email or anything of their space' });

export type TGrantee = z.infer<typeof ZGrantee>;

/**
 * Colleagues whose name contains `search`: same organisation, an account that can sign in (a
 * password set, not disabled) with a role that reads what is shared, never the caller. Only the
 * name, job title and team leave; by name, at most GRANTEE_LIMIT.
 */
export function findGrantees(q: Queryable, orgId: string, selfPersonId: string, search: string): Promise<TGrantee[]> {
  const pattern = `%${search.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`;
  return q
    .selectDistinct({ id: people.id, name: people.name, jobTitle: people.jobTitle, unitName: units.name })
    .from(people)
    .innerJoin(accounts, and(eq(accounts.orgId, people.orgId), eq(accounts.personId, people.id)))
    .leftJoin(units, and(eq(units.orgId, people.orgId), eq(units.id, people.unitId)))
    .where(
      and(
        eq(people.orgId, orgId),
        ne(people.id, selfPersonId),
        eq(accounts.disabled, false),
        isNotNull(accounts.passwordHash),
        sql`${accounts.roles} && ${sql.raw(`ARRAY[${READER_ROLES.map((r) => `'${r}'`).join(',')}]::text[]`)}`,
        ilike(people.name, pattern),
      ),
    )
    .orderBy(asc(people.name), asc(people.id))
    .limit(GRANTEE_LIMIT);
}

/** Choosing whom to share with: a names-only lookup of colleagues, for the owner's sharing form. */
export function registerGranteeRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;
  app.openapi(
    guarded(signedIn, {
      method: 'get',
      path: '/api/v1/me/wellbeing/grantees',
      tags: wellbeingTags,
      summary: 'Colleagues I could share with, found by name: name, job title and team only (at most 20; never myself)',
      request: {
        query: z.object({
          q: z.string().trim().min(2, 'type at least 2 letters of a name').max(100, 'must be at most 100 characters').describe('part of a name'),
        }),
      },
      responses: {
        200: jsonContent(z.object({ grantees: z.array(ZGrantee) }).openapi('WellbeingGrantees'), 'Matching colleagues by name'),
        400: jsonContent(ZProblem, 'Bad input: q missing or too short'),
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      return c.json({ grantees: await findGrantees(db, actor.orgId, actor.personId, c.req.valid('query').q) }, 200);
    },
  );
}
