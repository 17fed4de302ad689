import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { hubAdmins, hubPeople, orgAdmins } from '../../platform/access/policy.js';
import type { AppDeps } from '../../platform/deps.js';
import type { AppEnv } from '../../platform/http/route.js';
import { registerBoardRoutes } from './board-routes.js';
import { registerLibraryRoutes } from './library-routes.js';
import type { PracticeSide } from './present.js';

const uuid = z.uuid('must be an id (UUID)');

/**
 * Shared practice of a learning collaborative, on both sides of the tenant wall: the hub's under
 * `/api/v1/hub/collaboratives/{id}/library…` and `/board…` (its admins write and moderate, its
 * analysts read), an organisation's admins' under `/api/v1/org/hubs/{hubId}/collaborative/library…`
 * and `/board…`, naming the hub as the collaborative's other organisation routes do.
 */
const SIDES: PracticeSide[] = [
  {
    base: '/api/v1/hub/collaboratives/{id}',
    params: z.object({ id: uuid }),
    readers: hubPeople,
    writers: hubAdmins,
    place: (p) => ({ side: 'hub', collaborativeId: p.id! }),
    notFound: 'No such collaborative of this hub, or no such item in it',
  },
  {
    base: '/api/v1/org/hubs/{hubId}/collaborative',
    params: z.object({ hubId: uuid }),
    readers: orgAdmins,
    writers: orgAdmins,
    place: (p) => ({ side: 'organisation', hubId: p.hubId! }),
    notFound: 'No collaborative of this hub for my organisation (or consent not in force), or no such item in it',
  },
];

export function registerSharedPracticeRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  for (const side of SIDES) {
    registerLibraryRoutes(app, deps.database.db, side);
    registerBoardRoutes(app, deps.database.db, side);
  }
}
