import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps } from '../../platform/deps.js';
import type { AppEnv } from '../../platform/http/route.js';
import { registerTaskRoutes } from './task-routes.js';

/**
 * Home's tasks: gathered from the other modules through their use-cases and stores (this module
 * depends on them, one way; none depends on it) and shown to their owner alone.
 */
export function registerTasksRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  registerTaskRoutes(app, deps);
}
