import type { Actor } from '../../../platform/access/policy.js';
import { recordAudit } from '../../../platform/audit/audit-store.js';
import type { Db } from '../../../platform/db/client.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { eraseSpace } from '../check-in-store.js';
import { readCopingLibrary } from '../coping-library.js';
import { exportSpace, type TWellbeingExport } from '../export-data.js';
import { renderExportPdf } from '../export-pdf.js';
import { eraseParts, type PersonalDataPart } from '../personal-data-parts.js';
import { ownSpace, spacePolicy } from '../policy.js';

/** The worker owns their space: take all of it away (JSON or PDF), or erase it for good. */

const WHAT = 'Your well-being space';

/** Everything in the actor's space as one document, read in one transaction so its parts agree. */
export async function exportMySpace(db: Db, actor: Actor, publicUrl: string, parts: readonly PersonalDataPart[] = []): Promise<TWellbeingExport> {
  authorize(spacePolicy(actor, 'share', ownSpace(actor)), WHAT);
  return db.transaction((tx) => exportSpace(tx, actor, publicUrl, parts), { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

/** The same, as a readable PDF in the actor's language. */
export async function exportMySpaceAsPdf(db: Db, actor: Actor, publicUrl: string, parts: readonly PersonalDataPart[] = []): Promise<Buffer> {
  const data = await exportMySpace(db, actor, publicUrl, parts);
  return renderExportPdf(data, actor.locale === 'es' ? 'es' : 'en', await readCopingLibrary(db), Object.fromEntries(parts.map((part) => [part.key, part.title])));
}

/**
 * Erases the actor's whole space for good, and what other parts of Tend keep that is theirs alone;
 * returns how many rows of each kind went. One transaction: all of it goes, or nothing.
 */
export async function eraseMySpace(db: Db, actor: Actor, parts: readonly PersonalDataPart[] = []) {
  authorize(spacePolicy(actor, 'remove', ownSpace(actor)), WHAT);
  return db.transaction(async (tx) => {
    const counts = { ...(await eraseSpace(tx, actor.orgId, actor.personId)), alsoYours: await eraseParts(tx, parts, actor.orgId, actor.personId) };
    // that it happened, never what was there
    await recordAudit(tx, actor, { type: 'wellbeing.erased', subjectPersonId: actor.personId });
    return counts;
  });
}
