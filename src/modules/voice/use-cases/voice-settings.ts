import type { Queryable } from '../../../platform/db/client.js';
import { getOrganisation } from '../../../platform/tenancy/org-store.js';
import { type TVoiceSettings, ZVoiceSettings } from '../settings.js';

/** Staff voice's settings of the organisation (who handles concerns). */
export async function voiceSettings(q: Queryable, orgId: string): Promise<TVoiceSettings> {
  return (await getOrganisation(q, orgId, ZVoiceSettings)).settings;
}
