import { getPack } from '../../content/pack-store.js';
import { isIdText } from '../../content/pack-schema-parts.js';
import type { TInstrumentPack } from '../../content/pack-schema.js';
import { validatePack } from '../../content/validate-pack.js';
import type { Actor } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { Db } from '../../platform/db/client.js';
import { badRequest, conflict, type FieldProblem } from '../../platform/http/errors.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { CALCULATED_EXPRESSION, ext, type Questionnaire, type QuestionnaireItem } from './fhir/fhir-types.js';
import { formResponseFromAnswers } from './fhir/form-response.js';
import { formTotalsIsolated, IMPORT_BUDGET, readQuestionnaireIsolated } from './fhir/isolated.js';
import type { Budget } from '../../platform/isolate/run-isolated.js';
import {
  addDraft,
  changeDraftPack,
  deleteDraft,
  getOrgInstrument,
  hasVersion,
  listOrgInstruments,
  mappingOf,
  moveStatus,
  ownInstrumentIds,
  type OrgInstrumentRow,
  type OrgInstrumentStatus,
} from './org-instrument-store.js';
import { presentOrgInstrument, presentOrgInstrumentSummary, presentPreviewScores } from './org-instrument-present.js';
import { orgInstrumentPolicy } from './policy.js';
import { safetyItemsCalling } from './safety-items.js';
import { InstrumentAnswerError, scoreResponse } from './score-instrument.js';

/**
 * An organisation's own instruments, imported from FHIR Questionnaires: an import lands as a draft
 * its admins look over (items, scales, notes), preview (Tend's scores beside the form's own
 * expressions) and mark (safety items), then publish to the organisation's workers, or delete.
 * No other organisation ever sees them.
 */

const WHAT = 'The instrument';
const VERSION = /^\d+\.\d+\.\d+$/;

export interface ImportInput {
  questionnaire: unknown;
  /** The id and version to give it; the form's own (made into an id) by default. */
  instrumentId?: string | undefined;
  version?: string | undefined;
}

export async function importOrgInstrument(db: Db, actor: Actor, input: ImportInput) {
  authorize(orgInstrumentPolicy(actor, 'create', { orgId: actor.orgId }), WHAT);
  return detail(await importDraft(db, actor.orgId, actor, input));
}

/**
 * A Questionnaire made into the organisation's draft instrument: converted, validated, refused
 * when its id is one Tend installs or its version is already there; recorded in the audit log.
 * `by` is null for the operator's command line (the log then says so). Throws an AppError whose
 * field problems and notes say what is wrong; nothing is stored then.
 */
export async function importDraft(db: Db, orgId: string, by: Actor | null, input: ImportInput, budget: Budget = IMPORT_BUDGET): Promise<OrgInstrumentRow> {
  const fieldProblems: FieldProblem[] = [];
  if (input.instrumentId !== undefined && !isIdText(input.instrumentId)) {
    fieldProblems.push({ field: 'instrumentId', problem: 'use lower-case letters, digits, dots and hyphens, starting with a letter' });
  }
  if (input.version !== undefined && !VERSION.test(input.version)) fieldProblems.push({ field: 'version', problem: 'must look like 1.0.0' });
  if (fieldProblems.length > 0) throw badRequest('The import has fields that need attention; nothing was stored.', fieldProblems);

  const converted = await readQuestionnaireIsolated(input.questionnaire as Questionnaire, budget);
  if (!converted.ok) {
    throw badRequest(
      'The questionnaire does not make an instrument; nothing was stored.',
      converted.problems.map((problem) => ({ field: 'questionnaire', problem })),
      converted.notes,
    );
  }
  const wanted = { ...converted.pack, id: input.instrumentId ?? converted.pack.id, version: input.version ?? converted.pack.version };
  const checked = validatePack(wanted, 'questionnaire');
  if (!checked.ok) throw badRequest('The questionnaire does not make an instrument; nothing was stored.', checked.problems.map((p) => ({ field: 'questionnaire', problem: `${p.path}: ${p.problem}` })), converted.notes);
  const pack = checked.pack as TInstrumentPack;
  const idField = input.instrumentId === undefined ? 'questionnaire' : 'instrumentId';
  // an id the organisation already uses stays its own (a pack installed later does not take it from it)
  if ((await getPack(db, pack.id)) && !(await ownInstrumentIds(db, orgId)).has(pack.id)) {
    throw badRequest('Choose another id; nothing was stored.', [{ field: idField, problem: `"${pack.id}" is an instrument Tend provides; give yours another id` }], converted.notes);
  }
  if (await hasVersion(db, orgId, pack.id, pack.version)) {
    throw conflict('This version is already imported; nothing was stored.', [{ field: 'version', problem: `${pack.id} ${pack.version} is already imported: give this one a higher version` }]);
  }
  return db.transaction(async (tx) => {
    const added = await addDraft(tx, orgId, { pack, mapping: { ...converted, pack }, questionnaire: input.questionnaire, notes: converted.notes, importedByPersonId: by?.personId ?? null });
    if (!added) throw conflict('This version is already imported; nothing was stored.', [{ field: 'version', problem: `${pack.id} ${pack.version} is already imported` }]);
    const data = { orgInstrumentId: added.id, instrumentId: pack.id, version: pack.version, ...(by ? {} : { via: 'operator' }) };
    await recordAudit(tx, by, { orgId, type: 'instrument.imported', data });
    return added;
  });
}

export async function listOrgInstrumentSummaries(db: Db, actor: Actor) {
  authorize(orgInstrumentPolicy(actor, 'list', { orgId: actor.orgId }), WHAT);
  return (await listOrgInstruments(db, actor.orgId)).map(presentOrgInstrumentSummary);
}

async function load(db: Db, actor: Actor, id: string, ability: 'see' | 'change' | 'remove' | 'share') {
  authorize(orgInstrumentPolicy(actor, ability, { orgId: actor.orgId }), WHAT);
  const row = await getOrgInstrument(db, actor.orgId, id);
  authorize(row ? orgInstrumentPolicy(actor, ability, row) : { kind: 'hidden' }, WHAT);
  return row!;
}

export async function seeOrgInstrument(db: Db, actor: Actor, id: string) {
  return detail(await load(db, actor, id, 'see'));
}

/**
 * Tend's scores for the given answers beside what the form's own calculated expressions give, and
 * the safety items they would call support for. Nothing is stored.
 */
export async function previewOrgInstrument(db: Db, actor: Actor, id: string, answers: Record<string, number | null>) {
  const row = await load(db, actor, id, 'see');
  const pack = row.pack as TInstrumentPack;
  let scores: ReturnType<typeof scoreResponse>;
  try {
    scores = scoreResponse(pack, answers);
  } catch (error) {
    if (error instanceof InstrumentAnswerError) throw badRequest('The answers need attention.', [{ field: `answers.${error.itemId}`, problem: error.message }]);
    throw error;
  }
  const names = new Map(pack.body.scales.map((s) => [s.id, s.name]));
  const questionnaire = row.questionnaire as Questionnaire;
  const values = new Map((await formTotalsIsolated(questionnaire, formResponseFromAnswers(questionnaire, mappingOf(row), answers))).map((v) => [v.linkId, v.value]));
  return {
    scores: presentPreviewScores(scores.map((s) => ({ scaleId: s.id, name: names.get(s.id) ?? {}, model: s.model, score: s.score, answered: s.answered, itemCount: s.itemCount, missing: s.missing, band: s.band }))),
    formTotals: formTotalsOf(questionnaire).map((total) => ({ ...total, value: values.get(total.linkId) ?? null })),
    safetyItemsCalling: safetyItemsCalling(pack, answers),
  };
}

/** Sets a draft's safety items: item id → the option value at and above which an answer calls for support. */
export async function markSafetyItems(db: Db, actor: Actor, id: string, marks: Record<string, number | null>) {
  const row = await load(db, actor, id, 'change');
  if (row.status !== 'draft') throw conflict('Only a draft can be changed; import a new version to change a published instrument.');
  const pack = row.pack as TInstrumentPack;
  const problems: FieldProblem[] = Object.keys(marks)
    .filter((itemId) => !pack.body.items.some((i) => i.id === itemId))
    .map((itemId) => ({ field: `marks.${itemId}`, problem: `${pack.id} has no item "${itemId}"` }));
  const items = pack.body.items.map(({ supportAtOrAbove: _old, ...item }) => {
    const mark = markOf(marks, item.id);
    return mark === null ? item : { ...item, supportAtOrAbove: mark };
  });
  const checked = validatePack({ ...pack, body: { ...pack.body, items } }, 'marks');
  if (!checked.ok) {
    for (const p of checked.problems) {
      const index = /items\[(\d+)\]\.supportAtOrAbove/.exec(p.path)?.[1];
      problems.push({ field: index === undefined ? 'marks' : `marks.${items[Number(index)]!.id}`, problem: p.problem });
    }
  }
  if (problems.length > 0) throw badRequest('The safety marks need attention; nothing was changed.', problems);
  const changed = await db.transaction(async (tx) => {
    const updated = await changeDraftPack(tx, actor.orgId, id, checked.ok ? (checked.pack as TInstrumentPack) : pack);
    if (!updated) throw conflict('Only a draft can be changed; import a new version to change a published instrument.');
    const marked = pack.body.items.filter((i) => markOf(marks, i.id) !== null).map((i) => i.id);
    await recordAudit(tx, actor, { type: 'instrument.safety-marked', data: { orgInstrumentId: id, items: marked } });
    return updated;
  });
  return detail(changed);
}

const markOf = (marks: Record<string, number | null>, id: string): number | null => marks[id] ?? null;

const MOVES: Record<'publish' | 'withdraw', { from: OrgInstrumentStatus[]; to: OrgInstrumentStatus; audit: 'instrument.published' | 'instrument.withdrawn'; refusal: string }> = {
  publish: { from: ['draft', 'withdrawn'], to: 'published', audit: 'instrument.published', refusal: 'It is already published.' },
  withdraw: { from: ['published'], to: 'withdrawn', audit: 'instrument.withdrawn', refusal: 'Only a published instrument can be withdrawn.' },
};

/** Publishes a draft (or a withdrawn instrument again) to the organisation's workers, or withdraws it. */
export async function moveOrgInstrument(db: Db, actor: Actor, id: string, move: 'publish' | 'withdraw') {
  await load(db, actor, id, 'share');
  const { from, to, audit, refusal } = MOVES[move];
  const row = await db.transaction(async (tx) => {
    const moved = await moveStatus(tx, actor.orgId, id, from, to, actor.personId);
    if (!moved) throw conflict(refusal);
    await recordAudit(tx, actor, { type: audit, data: { orgInstrumentId: id, instrumentId: moved.instrumentId, version: moved.version } });
    return moved;
  });
  return detail(row);
}

/** Deletes a draft; a published or withdrawn instrument stays (check-ins cite it). */
export async function deleteOrgInstrumentDraft(db: Db, actor: Actor, id: string): Promise<void> {
  await load(db, actor, id, 'remove');
  await db.transaction(async (tx) => {
    if (!(await deleteDraft(tx, actor.orgId, id))) throw conflict('Only a draft can be deleted; withdraw a published instrument instead.');
    await recordAudit(tx, actor, { type: 'instrument.draft-deleted', data: { orgInstrumentId: id } });
  });
}

function detail(row: OrgInstrumentRow) {
  return presentOrgInstrument(row, formTotalsOf(row.questionnaire as Questionnaire).map(({ linkId, name }) => ({ linkId, name })));
}

/** The form's calculated items (its own totals), in the form's order. */
function formTotalsOf(questionnaire: Questionnaire): Array<{ linkId: string; name: string }> {
  const found: Array<{ linkId: string; name: string }> = [];
  const walk = (items: readonly QuestionnaireItem[] | undefined) => {
    for (const item of items ?? []) {
      if (ext(item.extension, CALCULATED_EXPRESSION)) found.push({ linkId: item.linkId, name: item.text ?? item.linkId });
      walk(item.item);
    }
  };
  walk(questionnaire.item);
  return found;
}
