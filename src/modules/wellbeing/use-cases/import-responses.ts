import type { Actor } from '../../../platform/access/policy.js';
import { recordAudit } from '../../../platform/audit/audit-store.js';
import type { TAuditData } from '../../../platform/audit/audit-types.js';
import type { Db } from '../../../platform/db/client.js';
import { badRequest } from '../../../platform/http/errors.js';
import { getOrganisation } from '../../../platform/tenancy/org-store.js';
import { todayIn } from '../../../platform/time/day.js';
import { authorize } from '../../../platform/usecase/authorize.js';
import { findInstrumentMapping } from '../../instruments/instrument-catalogue.js';
import { addImportedCheckIns, importedKeys } from '../check-in-store.js';
import { retentionCutoff } from '../model.js';
import { ownSpace, spacePolicy } from '../policy.js';
import { type BatchRead, listResponses, readResponseBatch, responseIdentity } from '../response-import-rules.js';
import { ZWellbeingSettings } from '../settings.js';

/**
 * Bringing past FHIR QuestionnaireResponses into one person's own space: by the person
 * (`bringInMyResponses`, the API and its web page) or by the operator with the person's consent
 * (`importResponsesInto` with no actor, from the CLI's import-responses). One reading (response-import-rules.ts), one rule: all or
 * nothing — any problem in any response and nothing is stored (400 naming each by its path);
 * responses already brought in are skipped and said. A dry run reads and stores nothing.
 */

export interface ImportInput {
  instrumentId: string;
  /** A list of QuestionnaireResponses, a FHIR Bundle of them, or one alone (a file). */
  responses: unknown;
  dryRun?: boolean | undefined;
}

/** Whose space, and the zone their days are counted in. */
export interface ImportTarget {
  orgId: string;
  personId: string;
  timeZone: string;
}

export interface ImportReport extends BatchRead {
  instrumentId: string;
  instrumentVersion: string;
  dryRun: boolean;
  /** How many were stored now (0 in a dry run, or when every response was skipped). */
  stored: number;
  /** Notes on the batch itself (Bundle entries that are not responses), then each response's. */
  notes: string[];
}

const instrumentProblem = () =>
  badRequest('The import has fields that need attention.', [{ field: 'instrumentId', problem: 'no such instrument available to you: choose one your organisation offers' }]);

/**
 * Reads, and unless it is a dry run stores, a batch into the target's space. Throws 400 when the
 * instrument is not on offer, when what was sent is not a list or Bundle of responses, and (not
 * in a dry run, whose report lists them) when any response has a problem. `audit` is who did it:
 * the person themself, or the operator (no actor) with how the person agreed.
 */
export async function importResponsesInto(db: Db, target: ImportTarget, input: ImportInput, audit: { actor: Actor | null; data: TAuditData }): Promise<ImportReport> {
  const mapping = await findInstrumentMapping(db, target.orgId, input.instrumentId);
  if (!mapping) throw instrumentProblem();
  const listed = listResponses(input.responses);
  if (!listed.ok) throw badRequest('The file holds no responses that can be read.', listed.problems);
  const keys = listed.responses.map(({ resource }) => responseIdentity(typeof resource === 'object' && resource !== null ? (resource as Record<string, unknown>) : {}).key);
  const { settings } = await getOrganisation(db, target.orgId, ZWellbeingSettings);
  const now = new Date();
  const months = settings.checkInRetentionMonths;
  const read = readResponseBatch(mapping, listed.responses, {
    timeZone: target.timeZone,
    now,
    keepFrom: months === null ? null : retentionCutoff(months, todayIn(target.timeZone, now)),
    alreadyImported: await importedKeys(db, target.orgId, target.personId, keys),
  });
  const report = { ...read, notes: [...listed.notes, ...read.notes], instrumentId: mapping.pack.id, instrumentVersion: mapping.pack.version, dryRun: input.dryRun === true, stored: 0 };
  if (report.dryRun) return report;
  if (read.problems.length > 0) {
    const count = read.responses.filter((r) => r.problems.length > 0).length;
    throw badRequest(`${count} of ${read.responses.length} responses ${count === 1 ? 'has' : 'have'} problems: nothing was brought in.`, read.problems, report.notes);
  }
  const fresh = read.responses.filter((r) => r.outcome === 'new');
  return db.transaction(async (tx) => {
    const rows = fresh.map((r) => ({
      instrumentId: mapping.pack.id,
      instrumentVersion: mapping.pack.version,
      answers: r.answers,
      submittedOn: r.submittedOn!,
      submittedAt: r.submittedAt!,
      importKey: r.key,
      importSource: r.source,
    }));
    const stored = await addImportedCheckIns(tx, target.orgId, target.personId, rows, now);
    // nothing stored (all skipped) is nothing to record
    if (stored.length > 0) {
      await recordAudit(tx, audit.actor, {
        orgId: target.orgId,
        type: 'wellbeing.responses-imported',
        subjectPersonId: target.personId,
        data: { count: stored.length, skipped: read.responses.length - stored.length, ...audit.data },
      });
    }
    return { ...report, stored: stored.length };
  });
}

/** The actor brings responses into their own space (only the owner: the route takes no person). */
export async function bringInMyResponses(db: Db, actor: Actor, input: ImportInput): Promise<ImportReport> {
  authorize(spacePolicy(actor, 'create', ownSpace(actor)), 'Your well-being space');
  return importResponsesInto(db, { orgId: actor.orgId, personId: actor.personId, timeZone: actor.timeZone }, input, { actor, data: {} });
}
