import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppDeps } from "../../platform/deps.js";
import type { AppEnv } from "../../platform/http/route.js";

/** CSV import of people (being written). */
export function registerImportRoutes(_app: OpenAPIHono<AppEnv>, _deps: AppDeps) {}
