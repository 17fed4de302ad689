import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { anyTenantSignedIn, publicAccess } from '../access/policy.js';
import type { AppDeps } from '../deps.js';
import { AppError, invalid, unauthenticated } from '../http/errors.js';
import { type AppEnv, guarded } from '../http/route.js';
import { ZProblem, jsonBody, jsonContent } from '../http/openapi-shared.js';
import {
  actorForSession,
  consumeOneTimeToken,
  createSession,
  endAllSessions,
  endSession,
  findAccountEmail,
  findAccountsByEmail,
  setPasswordHash,
} from './auth-store.js';
import { SESSION_COOKIE } from './middleware.js';
import { APP_ROLES, type AppRole } from './schema.js';
import { hashPassword } from './password-hash.js';
import { accountForPassword } from './sign-in-lookup.js';
import { endOutstandingLinks } from './email-change.js';
import { afterPasswordSetByLink, takeResetNotice } from './link-effects.js';
import { passwordProblem } from './password-rules.js';
import { signInGate } from './sign-in-throttle.js';
import { endBrowserSession } from './browser-session.js';
import { ABSOLUTE_TIMEOUT_MS } from './session-rules.js';
import { splitTenantToken } from './tokens.js';
import { warmDecoyHash } from './password-hash.js';
import { acceptResetRequest } from './reset-request.js';
import { isDemoOrganisation } from '../tenancy/demo-organisation.js';
import { TENANT_KINDS, type TenantKind } from '../tenancy/tenant-kind.js';
import { forgetKnownDevices } from '../throttle/known-devices.js';

export const ZMe = z
  .object({
    personId: z.string(),
    name: z.string(),
    email: z.string(),
    roles: z.array(z.enum(APP_ROLES)),
    /** An organisation's account or a regional hub's: the web app shows each its own areas. */
    tenantKind: z.enum(TENANT_KINDS),
    locale: z.string(),
    csrfToken: z.string(),
    /** Told once, in the sign-in answer after a password reset (link-effects.ts). */
    notice: z.object({ kind: z.literal('password-reset'), at: z.string() }).nullable().optional(),
  })
  .openapi('Me');

const ZSignIn = z.object({
  email: z.string().trim().min(1, 'enter your email address').max(320),
  password: z.string().min(1, 'enter your password').max(1024),
});

const ZSetPassword = z.object({
  token: z.string().min(1, 'the link is incomplete'),
  password: z.string().max(1024),
});

const SIGN_IN_FAILED = 'That email and password do not match an account.';

/** Sign-in, sign-out, the current session, and one-time links (invitation, reset). */
export function registerAuthRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const db = deps.database.db;
  // the first unknown-email sign-in must not be slower than the rest (it would reveal the account is missing)
  void warmDecoyHash();

  const cookieOptions = {
    httpOnly: true,
    sameSite: 'Lax' as const,
    secure: deps.config.secureCookies,
    path: '/',
    maxAge: ABSOLUTE_TIMEOUT_MS / 1000,
  };

  app.openapi(
    guarded(publicAccess, {
      method: 'post',
      path: '/api/v1/auth/sign-in',
      tags: ['Sign-in'],
      summary: 'Sign in with email and password',
      request: { body: jsonBody(ZSignIn) },
      responses: {
        200: jsonContent(ZMe, 'Signed in; the session cookie is set'),
        401: jsonContent(ZProblem, 'Email and password do not match'),
        429: jsonContent(ZProblem, 'Too many attempts; try again later'),
      },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const candidates = await findAccountsByEmail(db, email);
      const gate = await signInGate(c, deps, email, candidates);
      // spends the same time whether or not the account exists; the password picks the account
      const account = await accountForPassword(db, email, password, candidates);
      if (!account || account.disabled) {
        await gate.failed();
        throw new AppError(401, 'sign-in-failed', SIGN_IN_FAILED);
      }
      // the session this browser had before (another person's, or its own) ends here
      await endBrowserSession(db, getCookie(c, SESSION_COOKIE));
      const session = await createSession(db, account.orgId, account.accountId);
      setCookie(c, SESSION_COOKIE, session.cookieValue, cookieOptions);
      await gate.succeeded(account);
      const started = await actorForSession(db, account.orgId, session.token);
      const notice = await takeResetNotice(db, account.orgId, account.accountId);
      return c.json({ ...presentMe(started!.actor), csrfToken: session.csrfToken, notice }, 200);
    },
  );

  app.openapi(
    guarded(publicAccess, {
      method: 'post',
      path: '/api/v1/auth/sign-out',
      tags: ['Sign-in'],
      summary: 'End the current session',
      responses: { 204: { description: 'Signed out' } },
    }),
    async (c) => {
      const actor = c.get('actor');
      const tokenHash = c.get('sessionTokenHash');
      if (actor && tokenHash) await endSession(db, actor.orgId, tokenHash);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  app.openapi(
    guarded(anyTenantSignedIn, {
      method: 'get',
      path: '/api/v1/auth/session',
      tags: ['Sign-in'],
      summary: 'Who is signed in, with the CSRF token to send on changes',
      responses: { 200: jsonContent(ZMe, 'The signed-in person'), 401: jsonContent(ZProblem, 'Not signed in') },
    }),
    async (c) => {
      const actor = c.get('actor');
      const csrfToken = c.get('sessionCsrfToken');
      if (!actor || !csrfToken) throw unauthenticated();
      return c.json({ ...presentMe(actor), csrfToken }, 200);
    },
  );

  app.openapi(
    guarded(publicAccess, {
      method: 'post',
      path: '/api/v1/auth/password-reset',
      tags: ['Sign-in'],
      summary: 'Ask for a password reset link (the answer is the same whether or not the account exists)',
      request: { body: jsonBody(z.object({ email: z.string().trim().min(1, 'enter your email address').max(320) })) },
      responses: { 202: { description: 'If the account exists, a link is on its way' } },
    }),
    async (c) => {
      const { email } = c.req.valid('json');
      await acceptResetRequest(c, deps, email);
      return c.body(null, 202);
    },
  );

  for (const purpose of ['reset', 'invite'] as const) {
    app.openapi(
      guarded(publicAccess, {
        method: 'post',
        path: purpose === 'reset' ? '/api/v1/auth/password-reset/complete' : '/api/v1/auth/invitation/accept',
        tags: ['Sign-in'],
        summary: purpose === 'reset' ? 'Choose a new password with a reset link' : 'Accept an invitation and choose a password',
        request: { body: jsonBody(ZSetPassword) },
        responses: {
          204: { description: 'Password set; sign in with it' },
          422: jsonContent(ZProblem, 'Link unusable or password not acceptable'),
        },
      }),
      async (c) => {
        const { token, password } = c.req.valid('json');
        const parsed = splitTenantToken(token);
        // the link names its organisation: the demo password is allowed in the demo one only
        const demoOrganisation = parsed ? await isDemoOrganisation(db, parsed.orgId) : false;
        const problem = passwordProblem(password, { demoOrganisation });
        if (problem) throw invalid('password', problem);
        if (!parsed) throw invalid('token', 'this link is not valid');
        const passwordHash = await hashPassword(password);
        await db.transaction(async (tx) => {
          const accountId = await consumeOneTimeToken(tx, parsed.orgId, parsed.token, purpose);
          if (!accountId) throw invalid('token', 'this link has expired or was already used; ask for a new one');
          // now that the account is known, its email counts too (throwing rolls the token back)
          const emailProblem = passwordProblem(password, { email: await findAccountEmail(tx, parsed.orgId, accountId), demoOrganisation });
          if (emailProblem) throw invalid('password', emailProblem);
          await setPasswordHash(tx, parsed.orgId, accountId, passwordHash);
          await endAllSessions(tx, parsed.orgId, accountId);
          await forgetKnownDevices(tx, parsed.orgId, accountId);
          // any other reset or invitation link sent earlier would set the password again
          await endOutstandingLinks(tx, parsed.orgId, accountId, ['reset', 'invite']);
          await afterPasswordSetByLink(tx, parsed.orgId, accountId, purpose);
        });
        return c.body(null, 204);
      },
    );
  }
}

export function presentMe(actor: { personId: string; name: string; email: string; roles: AppRole[]; tenantKind: TenantKind; locale: string }) {
  return { personId: actor.personId, name: actor.name, email: actor.email, roles: actor.roles, tenantKind: actor.tenantKind, locale: actor.locale };
}
