import { z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { publicAccess } from '../access/policy.js';
import type { AppDeps } from '../deps.js';
import { type AppEnv, guarded } from '../http/route.js';
import { ZProblem, jsonBody, jsonContent } from '../http/openapi-shared.js';
import { confirmEmailChange } from './email-change.js';

/** The page behind the link sent to a new address: the person confirms it with their password. */
export function registerEmailChangeRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(
    guarded(publicAccess, {
      method: 'post',
      path: '/api/v1/auth/email-change/confirm',
      tags: ['Sign-in'],
      summary: 'Confirm a new sign-in email with the link sent to it and your current password (ends every session and link)',
      request: {
        body: jsonBody(z.object({ token: z.string().min(1, 'the link is incomplete').max(200), password: z.string().min(1, 'enter your current password').max(1024) })),
      },
      responses: {
        200: jsonContent(z.object({ email: z.string() }), 'The email you now sign in with'),
        409: jsonContent(ZProblem, 'Another person in the organisation has this email now'),
        422: jsonContent(ZProblem, 'Link unusable or password not the account’s'),
        429: jsonContent(ZProblem, 'Too many wrong passwords for this account lately (the same counter as sign-in)'),
      },
    }),
    async (c) => {
      const { token, password } = c.req.valid('json');
      return c.json(await confirmEmailChange(deps, token, password), 200);
    },
  );
}
