import { z } from '@hono/zod-openapi';
import { orNull } from '../../platform/http/openapi-shared.js';
import { MEMBERSHIP_STATUSES } from './model.js';

/** What leaves the server about hubs and memberships: every field listed. */

export const hubTags = ['Regional hub'];

const at = z.iso.datetime();
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A member organisation as its hub sees it: name, standing and dates. Nothing about its people. */
export const ZHubMember = z
  .object({
    orgId: z.uuid(),
    name: z.string(),
    status: z.enum(MEMBERSHIP_STATUSES),
    invitedAt: at,
    invitedBy: orNull(z.string()),
    decidedAt: orNull(at),
    revokedAt: orNull(at),
    statementVersion: orNull(z.number().int()),
  })
  .openapi('HubMember');

export const presentMember = (m: { orgId: string; name: string; status: (typeof MEMBERSHIP_STATUSES)[number]; invitedAt: Date; invitedBy: string | null; decidedAt: Date | null; revokedAt: Date | null; statementVersion: number | null }) => ({
  orgId: m.orgId,
  name: m.name,
  status: m.status,
  invitedAt: m.invitedAt.toISOString(),
  invitedBy: m.invitedBy,
  decidedAt: iso(m.decidedAt),
  revokedAt: iso(m.revokedAt),
  statementVersion: m.statementVersion,
});

export const ZHubRole = z.enum(['hub_admin', 'hub_analyst'], { error: 'must be hub_admin or hub_analyst' });

/** A membership as the organisation's admins see it, with who at the hub reads what it releases. */
export const ZMyHub = z
  .object({
    hubId: z.uuid(),
    hubName: z.string(),
    status: z.enum(MEMBERSHIP_STATUSES),
    invitedAt: at,
    decidedAt: orNull(at),
    decidedBy: orNull(z.string()),
    revokedAt: orNull(at),
    revokedBy: orNull(z.string()),
    statementVersion: orNull(z.number().int()),
    hubPeople: z.array(z.object({ name: z.string(), roles: z.array(ZHubRole) })),
  })
  .openapi('MyHub');

type MyHubRow = Omit<z.infer<typeof ZMyHub>, 'invitedAt' | 'decidedAt' | 'revokedAt' | 'hubPeople'> & {
  invitedAt: Date;
  decidedAt: Date | null;
  revokedAt: Date | null;
  hubPeople: Array<{ name: string; roles: string[] }>;
};

export const presentMyHub = (m: MyHubRow): z.infer<typeof ZMyHub> => ({
  hubId: m.hubId,
  hubName: m.hubName,
  status: m.status,
  invitedAt: m.invitedAt.toISOString(),
  decidedAt: iso(m.decidedAt),
  decidedBy: m.decidedBy,
  revokedAt: iso(m.revokedAt),
  revokedBy: m.revokedBy,
  statementVersion: m.statementVersion,
  hubPeople: m.hubPeople.map((p) => ({ name: p.name, roles: p.roles.filter((r): r is 'hub_admin' | 'hub_analyst' => r === 'hub_admin' || r === 'hub_analyst') })),
});

export const ZHubPerson = z
  .object({ personId: z.uuid(), name: z.string(), email: z.string(), roles: z.array(ZHubRole), invited: z.boolean().describe('true until they chose a password'), disabled: z.boolean() })
  .openapi('HubPerson');
