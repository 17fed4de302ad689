import type { Actor } from '../../../platform/access/policy.js';
import { recordAudit } from '../../../platform/audit/audit-store.js';
import type { Db } from '../../../platform/db/client.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { eraseSpace } from '../check-in-store.js';
import { readCopingLibrary } from '../coping-library.js';
import { exportSpace, type TWellbeingExport } from '../export-data.js';
import { renderExportPdf } from '../export-pdf.js';
import { ownSpace, spacePolicy } from '../policy.js';

/** The worker owns their space: take all of it away (JSON or PDF), or erase it for good. */

const WHAT = 'Your well-being space';

/** Everything in the actor's space as one document, read in one transaction so its parts agree. */
export async function exportMySpace(db: Db, actor: Actor, publicUrl: string): Promise<TWellbeingExport> {
  authorize(spacePolicy(actor, 'share', ownSpace(actor)), WHAT);
  return db.transaction((tx) => exportSpace(tx, actor, publicUrl), { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

/** The same, as a readable PDF in the actor's language. */
export async function exportMySpaceAsPdf(db: Db, actor: Actor, publicUrl: string): Promise<Buffer> {
  const data = await exportMySpace(db, actor, publicUrl);
  return renderExportPdf(data, actor.locale === 'es' ? 'es' : 'en', await readCopingLibrary(db));
}

/** Erases the actor's whole space for good; returns how many rows of each kind went. */
export async function eraseMySpace(db: Db, actor: Actor) {
  authorize(spacePolicy(actor, 'remove', ownSpace(actor)), WHAT);
  return db.transaction(async (tx) => {
    const counts = await eraseSpace(tx, actor.orgId, actor.personId);
    // that it happened, never what was there
    await recordAudit(tx, actor, { type: 'wellbeing.erased', subjectPersonId: actor.personId });
    return counts;
  });
}
