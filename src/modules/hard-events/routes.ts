import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/deps.js';
import type { AppEnv } from '../../platform/http/route.js';
import { registerEventRoutes } from './event-routes.js';
import { registerOfferRoutes } from './offer-routes.js';

/**
 * Care after a hard event. The people around the affected record and follow events
 * (/hard-events, /hard-event-referrals, the gated /hard-event-figures); each affected person's
 * offers, answers and referral request live under /me and are theirs alone.
 */
export function registerHardEventRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  registerEventRoutes(app, deps);
  registerOfferRoutes(app, deps);
}
