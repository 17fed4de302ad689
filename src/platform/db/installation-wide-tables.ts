import type { InstallationWideTable } from './distribution-keys.js';

/**
 * The tables that belong to no one organisation, each with how it is placed on a Citus cluster
 * (docs/scale.md). Every other table has org_id first in its keys and is distributed by it; a
 * table named hub_* is hub-keyed without being listed here. distribution-keys.int.test.ts fails
 * on any table that fits none of these, so adding a table here is a decision: say why.
 */
export const INSTALLATION_WIDE_TABLES: Record<string, InstallationWideTable> = {
  // The tenants themselves: about a thousand rows at state size, read with almost every
  // request and changed rarely (settings). Replicated, every organisation's table can keep its
  // foreign key org_id → organisations.id on every node.
  organisations: {
    distribution: 'reference',
    why: 'the tenants: one row per organisation, joined everywhere, changed rarely',
  },
  // (email, organisation) → account, read by sign-in before the organisation is known, so it
  // cannot be found by org_id. One row per confirmed address (≈ 250,000 at state size); small
  // rows, written only when an address is confirmed or changed.
  account_directory: {
    distribution: 'reference',
    why: 'sign-in looks an address up before it knows the organisation',
  },
  // Sign-in and reset throttling, keyed by a hash of what is counted (an address, a client):
  // counted before any organisation is known. Short-lived rows, pruned as windows end.
  attempt_counters: {
    distribution: 'reference',
    why: 'throttling counts attempts before the organisation is known',
  },
  // Installed content packs (frameworks, instruments, surveys): the same for every
  // organisation, written once per id and version, read by everyone.
  content_packs: {
    distribution: 'reference',
    why: 'installed content is shared by every organisation and never changed in place',
  },
};
