import { installPlainMessages } from './plain-messages.js';
import { createRoute, OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { type AccessRule, type Actor, behindTenantWall, ruleAllows } from '../access/policy.js';
import { AppError, fieldProblemsFromZod, forbidden, noSuchAddress, unauthenticated } from './errors.js';
import { type InputOptions, inputGuard } from './input-guard.js';

/** What every request carries once the platform's middleware has run. */
export type AppEnv = {
  Variables: {
    actor: Actor | undefined;
    sessionTokenHash: string | undefined;
    /** The session's CSRF token, handed to the web app by GET /api/v1/auth/session. */
    sessionCsrfToken: string | undefined;
  };
};

/** Every route's access rule, keyed `METHOD /hono/:path`: the access-matrix test reads this. */
export const accessRegistry = new Map<string, AccessRule>();

export const toHonoPath = (openApiPath: string) => openApiPath.replaceAll(/\{(\w+)\}/g, ':$1');

function enforce(rule: AccessRule): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const actor = c.get('actor');
    // another kind of tenant's route answers exactly as an address that does not exist
    if (behindTenantWall(rule, actor)) throw noSuchAddress();
    if (!ruleAllows(rule, actor)) throw actor ? forbidden() : unauthenticated();
    await next();
  };
}

/**
 * Declares a route with who may call it. The rule is checked before the body is read or
 * validated or any data is read, and is recorded for the access-matrix test. Then the input
 * guard (input-guard.ts) refuses bodies of the wrong type or size, broken JSON and control
 * characters, for every route alike.
 */
export function guarded<R extends RouteConfig>(access: AccessRule, config: R, input: InputOptions = {}): R {
  accessRegistry.set(`${config.method.toUpperCase()} ${toHonoPath(config.path)}`, access);
  const own = config.middleware ? (Array.isArray(config.middleware) ? config.middleware : [config.middleware]) : [];
  return createRoute({ ...config, middleware: [enforce(access), inputGuard(config, input), ...own] }) as R;
}

/** Records the rule of a route that is not part of the OpenAPI document (pages, docs, files). */
export function declarePlainRoute(method: string, path: string, access: AccessRule): MiddlewareHandler<AppEnv> {
  accessRegistry.set(`${method.toUpperCase()} ${path}`, access);
  return enforce(access);
}

/** A Hono app whose validation failures become problem+json naming each field. */
export function createApiApp(): OpenAPIHono<AppEnv> {
  // every schema without a message of its own speaks in Tend's plain words
  installPlainMessages();
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const errors = fieldProblemsFromZod(result.error);
        throw new AppError(400, 'validation', 'The request has fields that need attention.', errors);
      }
    },
  });
}

/**
 * The signed-in actor of a route whose rule already demands one (`signedIn`, roles): a route
 * reached without one is a wiring mistake, answered 401 rather than crashing on undefined.
 */
export function requireActor(c: { get(key: 'actor'): Actor | undefined }): Actor {
  const actor = c.get('actor');
  if (!actor) throw unauthenticated();
  return actor;
}
