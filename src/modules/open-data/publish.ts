import { uuidv7 } from 'uuidv7';
import type { Actor } from '../../platform/access/policy.js';
import { recordAudit } from '../../platform/audit/audit-store.js';
import type { Db } from '../../platform/db/client.js';
import { AppError, conflict, notFound } from '../../platform/http/errors.js';
import { budgetState, type BudgetLedger, ledgerReleaseId, type PublicationFacts, publishWithBudget } from '../../platform/publication/index.js';
import { getOrganisation } from '../../platform/tenancy/org-store.js';
import { authorize } from '../../platform/usecase/authorize.js';
import { releaseBenchmarkVerdicts } from '../collaboratives/benchmark-release.js';
import { findCollaborative } from '../collaboratives/collaborative-store.js';
import { otherMeasureFacts } from '../collaboratives/measure-titles.js';
import { surveyShapesOf } from '../collaboratives/survey-shapes.js';
import { ZHubSettings } from '../hub/model.js';
import { hubPolicy } from '../hub/policy.js';
import { publishedFigures } from './figure-labels.js';
import { OPEN_DATA_LICENCE, OPEN_DATA_PRIVACY_BUDGET, type TPublishRequest } from './model.js';
import * as store from './publication-store.js';

/** The hub's privacy budget: its total and what each noisy release spent. */
async function ledgerOf(q: Parameters<typeof store.noisySpends>[0], hubId: string): Promise<BudgetLedger> {
  const spends = await store.noisySpends(q, hubId);
  return {
    totalEpsilon: OPEN_DATA_PRIVACY_BUDGET,
    spends: spends.map((s) => ({ releaseId: ledgerReleaseId({ release: { id: s.collaborativeId, version: s.version } }), epsilon: s.epsilon ?? 0, at: s.publishedAt.toISOString() })),
  };
}

/** What is left of the hub's privacy budget (for the page that offers noise). */
export async function privacyBudget(db: Db, actor: Actor) {
  authorize(hubPolicy(actor, 'see', { hubId: actor.orgId }), 'The hub');
  return { total: OPEN_DATA_PRIVACY_BUDGET, ...budgetState(await ledgerOf(db, actor.orgId)) };
}

/**
 * Publishes a collaborative's figures as open data: the gate releases them afresh (with every
 * figure the hub showed before, under the hub's lock, which also keeps two publications from
 * both finding room in the budget), then the publication is built, checked against the budget
 * when noise is asked for, and stored whole with its audit event. A revoked organisation is in
 * no pool the gate is asked for, so a release after a revocation omits it. Hub admins only.
 */
export async function publishOpenData(db: Db, actor: Actor, collaborativeId: string, request: TPublishRequest) {
  authorize(hubPolicy(actor, 'change', { hubId: actor.orgId }), 'The hub');
  const hubId = actor.orgId;
  return db.transaction(async (tx) => {
    const collaborative = await findCollaborative(tx, hubId, collaborativeId);
    if (!collaborative) throw notFound('The collaborative');
    // every figure the gate decided on, of every kind (survey and audit sections, check-in
    // bands): each row says its kind, and a hidden one is published as not shown with its reason
    const release = await releaseBenchmarkVerdicts(tx, hubId, collaborativeId);
    if (release.figures.length === 0) throw conflict('There is nothing to publish yet: no organisation of this collaborative has shared a released figure.');
    const hub = await getOrganisation(tx, hubId, ZHubSettings);
    const shapes = await surveyShapesOf(tx, release.timepoints);
    const otherMeasures = await otherMeasureFacts(tx, release.measures);
    const figures = publishedFigures({ ...release, shapes, otherMeasures, collaborativeName: collaborative.name, hubName: hub.name, locale: request.language });
    const version = await store.nextVersion(tx, hubId, collaborativeId);
    const dates = release.timepoints.map((t) => t.dueOn).sort();
    const publishedAt = new Date();
    const facts: PublicationFacts = {
      hub: hub.name,
      period: { from: dates[0] ?? publishedAt.toISOString().slice(0, 10), to: dates.at(-1) ?? publishedAt.toISOString().slice(0, 10) },
      rule: release.thresholds,
      release: { id: collaborativeId, version },
      publishedAt: publishedAt.toISOString(),
      licence: OPEN_DATA_LICENCE,
    };
    const outcome = publishWithBudget(await ledgerOf(tx, hubId), figures, facts, { locale: request.language, ...(request.epsilon !== undefined ? { noise: { epsilon: request.epsilon } } : {}) });
    if (!outcome.published) {
      throw new AppError(409, 'conflict', `Not published: adding noise at ${request.epsilon} would pass the hub's privacy budget (${outcome.remaining} of ${OPEN_DATA_PRIVACY_BUDGET} is left). Publish exact figures, or ask for less.`, [
        { field: 'epsilon', problem: `must be at most ${outcome.remaining}` },
      ]);
    }
    const id = uuidv7();
    await store.insertPublication(tx, { hubId, id, collaborativeId, version, language: request.language, epsilon: request.epsilon ?? null, publishedAt, document: outcome.publication });
    await recordAudit(tx, actor, { type: 'open-data.published', data: { collaborativeId, publicationId: id, version, ...(request.epsilon !== undefined ? { epsilon: request.epsilon } : {}) } });
    return { id, version };
  });
}
