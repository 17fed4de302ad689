/**
 * The cross-organisation gate's verdicts (src/platform/privacy/cross-org-release.ts), and the
 * list of its hidden reasons the data dictionary and the JSON schema enumerate: a reason the gate
 * adds must be added here, or the type check below fails.
 */
import type { CrossOrgHiddenReason } from '../privacy/cross-org-release.js';

export type { CrossOrgHiddenReason, CrossOrgVerdict } from '../privacy/cross-org-release.js';

export const CROSS_ORG_HIDDEN_REASONS = ['too-few-people', 'too-few-organisations', 'protects-another', 'earlier-releases'] as const satisfies readonly CrossOrgHiddenReason[];

// every reason the gate can give is listed above
type Unlisted = Exclude<CrossOrgHiddenReason, (typeof CROSS_ORG_HIDDEN_REASONS)[number]>;
const allListed: Unlisted extends never ? true : false = true;
void allListed;
