import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { and, eq, ne } from 'drizzle-orm';
import { isDemoOrganisation } from '../tenancy/demo-organisation.js';
import { anyTenantSignedIn } from '../access/policy.js';
import { recordAudit } from '../audit/audit-store.js';
import { runAfterResponse } from '../background/after-response.js';
import type { AppDeps } from '../deps.js';
import { AppError, invalid, unauthenticated } from '../http/errors.js';
import { ZProblem, jsonBody, jsonContent } from '../http/openapi-shared.js';
import { type AppEnv, guarded } from '../http/route.js';
import { clearCounters, countAttempt, waitForCounters } from '../throttle/attempt-store.js';
import { forgetKnownDevices } from '../throttle/known-devices.js';
import { LIMITS } from '../throttle/limits.js';
import { setPasswordHash } from './auth-store.js';
import { hashPassword, verifyPassword } from './password-hash.js';
import { passwordProblem } from './password-rules.js';
import { accounts, sessions } from './schema.js';

const ZPasswordChange = z.object({
  currentPassword: z.string().min(1, 'enter your current password').max(1024),
  newPassword: z.string().max(1024),
});

/**
 * A signed-in person changes their own password: the current one is asked (a session left open
 * on a shared computer is not enough), the new one is checked like any other, every other
 * session of the account ends, this one goes on, and the account's address is told.
 */
export function registerPasswordChangeRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;

  app.openapi(
    guarded(anyTenantSignedIn, {
      method: 'post',
      path: '/api/v1/me/password',
      tags: ['Me'],
      summary: 'Change my password (asks for the current one; my other sessions end)',
      request: { body: jsonBody(ZPasswordChange) },
      responses: {
        204: { description: 'Changed; other sessions ended, this one goes on' },
        422: jsonContent(ZProblem, 'Current password wrong, or the new one not acceptable'),
        429: jsonContent(ZProblem, 'Too many wrong current passwords; try again later'),
      },
    }),
    async (c) => {
      const actor = c.get('actor');
      const tokenHash = c.get('sessionTokenHash');
      if (!actor || !tokenHash) throw unauthenticated();
      const { currentPassword, newPassword } = c.req.valid('json');
      const counters = [{ limit: LIMITS.passwordChange, parts: [actor.orgId, actor.accountId] }];
      const wait = await waitForCounters(db, counters);
      if (wait > 0) {
        c.header('retry-after', String(Math.ceil(wait / 1000)));
        throw new AppError(429, 'too-many-attempts', 'Too many wrong passwords. Wait a few minutes and try again.');
      }
      const [row] = await db
        .select({ passwordHash: accounts.passwordHash })
        .from(accounts)
        .where(and(eq(accounts.orgId, actor.orgId), eq(accounts.id, actor.accountId)));
      if (!(await verifyPassword(row?.passwordHash, currentPassword))) {
        await countAttempt(db, counters);
        throw invalid('currentPassword', 'does not match your current password');
      }
      const problem = passwordProblem(newPassword, { email: actor.email, demoOrganisation: await isDemoOrganisation(db, actor.orgId) });
      if (problem) throw invalid('newPassword', problem);
      if (newPassword.normalize('NFKC') === currentPassword.normalize('NFKC')) {
        throw invalid('newPassword', 'is the same as your current password; choose a new one');
      }
      const passwordHash = await hashPassword(newPassword);
      await db.transaction(async (tx) => {
        await setPasswordHash(tx, actor.orgId, actor.accountId, passwordHash);
        await tx
          .delete(sessions)
          .where(and(eq(sessions.orgId, actor.orgId), eq(sessions.accountId, actor.accountId), ne(sessions.tokenHash, tokenHash)));
        await forgetKnownDevices(tx, actor.orgId, actor.accountId);
        await recordAudit(tx, actor, { type: 'account.password-changed', subjectPersonId: actor.personId });
      });
      await clearCounters(db, counters);
      runAfterResponse(
        'telling an account its password changed',
        () =>
          deps.mailer.send({
            to: actor.email,
            subject: 'Your Tend password was changed',
            text: `The password of your Tend account was changed just now, and every other place you were signed in was signed out.\nIf it was you, there is nothing to do.\nIf it was not you, ask for a new password at ${deps.config.publicUrl}/forgot-password and tell your organisation's Tend administrator.`,
          }),
        deps.log,
      );
      return c.body(null, 204);
    },
  );
}
