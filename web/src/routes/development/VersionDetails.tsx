import { useTranslation } from 'react-i18next';
import type { Answers, Version } from '../../api/development';
import { formatDateTime } from '../../components/format';
import { ReviewStatusText } from './ReviewStatusText';

export const ANSWER_FIELDS = ['serviceRemit', 'role', 'relevantLevel', 'strengths', 'areasToDevelop'] as const satisfies readonly (keyof Answers)[];

/** The worker's answers, read-only; a skipped question says so rather than showing a blank. */
export function AnswersView({ answers }: { answers: Answers }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      {ANSWER_FIELDS.map((field) => {
        const value = answers[field];
        return [
          <dt key={`${field}-q`}>{t(`development.questions.${field}`)}</dt>,
          <dd key={`${field}-a`}>
            {value ? (field === 'relevantLevel' ? t(`development.levels.${value}`) : value) : <em>{t('development.skipped')}</em>}
          </dd>,
        ];
      })}
    </dl>
  );
}

/** The agreed-plan part of a version: goals with outcomes, support, review date, notes. */
export function PlanView({ version, headingLevel = 3 }: { version: Version; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  const H = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  return (
    <>
      <H>{t('development.plan.goals')}</H>
      {version.goals.length === 0 ? (
        <p>{t('development.plan.noGoals')}</p>
      ) : (
        <ol className="plain-list">
          {version.goals.map((g, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: goals have no id and this list holds no state
            <li key={i}>
              <strong>{g.goal}</strong>
              {g.expectedOutcome ? (
                <>
                  {' '}
                  — {t('development.plan.expectedOutcome')}: {g.expectedOutcome}
                </>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <dl className="facts">
        <dt>{t('development.plan.supportPlan')}</dt>
        <dd>{version.supportPlan ?? <em>{t('development.plan.notWritten')}</em>}</dd>
        <dt>{t('development.plan.reviewDate')}</dt>
        <dd>
          <ReviewStatusText status={version.reviewStatus} date={version.reviewDate} />
        </dd>
        <dt>{t('development.plan.managerNotes')}</dt>
        <dd>{version.managerNotes ?? <em>{t('development.plan.notWritten')}</em>}</dd>
      </dl>
    </>
  );
}

/** Who has confirmed this version, and when. */
export function Confirmations({ version, workerName }: { version: Version; workerName: string }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string | null) => (iso ? t('development.confirm.on', { when: formatDateTime(iso, i18n.language) }) : t('development.confirm.notYet'));
  return (
    <dl className="facts">
      <dt>{t('development.confirm.workerSide', { name: workerName })}</dt>
      <dd>{when(version.workerConfirmedAt)}</dd>
      <dt>{version.managerName ? t('development.confirm.managerSideNamed', { name: version.managerName }) : t('development.confirm.managerSide')}</dt>
      <dd>{when(version.managerConfirmedAt)}</dd>
    </dl>
  );
}

/** Earlier versions, each folded away but readable as it was confirmed. */
export function EarlierVersions({ versions, workerName }: { versions: Version[]; workerName: string }) {
  const { t, i18n } = useTranslation();
  if (versions.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('development.versions.heading')}</h2>
      <p>{t('development.versions.lead')}</p>
      {versions.map((v) => (
        <details key={v.id}>
          <summary>
            {t('development.versions.summary', { version: v.version, date: formatDateTime(v.updatedAt, i18n.language) })} —{' '}
            {t(`development.status.${v.status}`)}
          </summary>
          <h3>{t('development.versions.answers')}</h3>
          <AnswersView answers={v.answers} />
          <PlanView version={v} headingLevel={3} />
          <h3>{t('development.confirm.heading')}</h3>
          <Confirmations version={v} workerName={workerName} />
        </details>
      ))}
    </section>
  );
}
