import { z } from '@hono/zod-openapi';

/**
 * A member organisation's standing with a hub. The order of a membership's life:
 * invited → consented | declined | withdrawn (the hub took its invitation back before an answer);
 * consented → revoked; a declined, withdrawn or revoked membership starts again only with a new
 * invitation (membership-rules.ts).
 */
export const MEMBERSHIP_STATUSES = ['invited', 'consented', 'declined', 'revoked', 'withdrawn'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/**
 * The version of the consent statement an org admin signs. The words live in the web app's
 * texts (hub.{en,es}.json, `consent.v1`), in both languages; a change to what they promise is a
 * new version here and there, and a signature names the version its signer was shown (the
 * server refuses a signature of any other version).
 */
export const CONSENT_STATEMENT_VERSION = 1;

/**
 * A hub's own settings, kept in its tenant's settings JSON beside the tenancy's. The floors are
 * the gate's: a cross-organisation figure needs at least 3 organisations (so no two can subtract
 * the third) and every cell at least 3 people; the defaults are stricter.
 */
export const ZHubSettings = z.object({
  hubMinOrganisations: z.number({ error: 'must be a whole number' }).int('must be a whole number').min(3, 'must be at least 3').max(100, 'must be at most 100').default(3),
  hubMinGroupSize: z.number({ error: 'must be a whole number' }).int('must be a whole number').min(3, 'must be at least 3').max(100, 'must be at most 100').default(5),
});
export type THubSettings = z.infer<typeof ZHubSettings>;

/** The settings as the API names them (the stored keys carry a `hub` prefix so no organisation part can clash). */
export const ZHubSettingsView = z
  .object({ minOrganisations: ZHubSettings.shape.hubMinOrganisations.unwrap(), minGroupSize: ZHubSettings.shape.hubMinGroupSize.unwrap() })
  .openapi('HubSettings');
export const ZHubSettingsPatch = ZHubSettingsView.partial();
