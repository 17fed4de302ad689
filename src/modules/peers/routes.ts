import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/deps.js';
import type { AppEnv } from '../../platform/http/route.js';
import { registerBuddyRoutes } from './buddy-routes.js';
import { registerCommunityRoutes } from './community-routes.js';
import { registerSelfRatingRoutes } from './self-rating-routes.js';
import { registerSupporterRoutes } from './supporter-routes.js';

/**
 * Peer support and the supervisors' own side. Roles grant nothing here: a community's board and
 * notes are its members', a pairing its two people's, a self-rating its owner's (404 to anyone else).
 */
export function registerPeersRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  registerCommunityRoutes(app, deps);
  registerBuddyRoutes(app, deps);
  registerSupporterRoutes(app, deps);
  registerSelfRatingRoutes(app, deps);
}
