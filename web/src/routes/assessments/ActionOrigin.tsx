import { useTranslation } from 'react-i18next';
import type { AssessmentAction, CycleDetail, Rag } from '../../api/assessments';
import { usePackText } from '../framework/pack-text';
import { criteriaById, useScopeName } from './common';
import { RagBadge } from './Rag';

type Later = { cycleTitle: string; value: number | null } | null;

/**
 * Where an action on a cycle's plan came from, as facts of its description list: an amber or red
 * criterion with its rating then and in the next closed review; or a released figure (a survey
 * criterion's mean for a group, a domain's share of green criteria) with the same figure at the
 * next release. Movement is stated, not judged.
 */
export function ActionOrigin({ action, cycle, ragWords }: { action: AssessmentAction; cycle: CycleDetail; ragWords: (rag: Rag) => string }) {
  const { t, i18n } = useTranslation();
  const text = usePackText();
  const scopeName = useScopeName();
  const found = action.criterionId ? criteriaById(cycle.pack).get(action.criterionId) : undefined;
  const criterion = action.criterionId ? (
    <>
      <dt>{t('assessments.actions.criterion')}</dt>
      <dd>
        <span className="criterion-id">{action.criterionId}</span> {found ? text(found.criterion.text) : null}
      </dd>
    </>
  ) : null;
  const figure = action.figure;
  if (figure?.kind === 'survey-criterion' || figure?.kind === 'domain') {
    const mean = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
    const format = (value: number) => (figure.kind === 'domain' ? percent.format(value) : mean.format(value));
    const group = action.unitId === cycle.unitId ? scopeName(cycle) : scopeName({ unitId: action.unitId });
    const then =
      figure.kind === 'domain'
        ? t('figureActions.domainThen', { domain: t(`outcomes.audit.domains.${figure.domain}`), value: format(figure.value), cycle: cycle.title })
        : t('figureActions.surveyThen', { group, value: format(figure.value), cycle: cycle.title });
    return (
      <>
        {criterion}
        <dt>{t('figureActions.raisedFrom')}</dt>
        <dd>{then}</dd>
        <dt>{t(figure.kind === 'domain' ? 'figureActions.nextReview' : 'figureActions.nextSurvey')}</dt>
        <dd>{laterText(t, figure.after, format, figure.kind)}</dd>
      </>
    );
  }
  return (
    <>
      {criterion}
      <dt>{t('assessments.actions.beforeAfter')}</dt>
      <dd>
        <RagBadge rating={action.before} words={action.before ? ragWords(action.before) : undefined} />
        {' → '}
        {action.after ? (
          <>
            <RagBadge rating={action.after.rating} words={action.after.rating ? ragWords(action.after.rating) : undefined} />{' '}
            <span className="meta">{t('assessments.actions.afterIn', { title: action.after.cycleTitle })}</span>
          </>
        ) : (
          <span className="meta">{t('assessments.actions.afterPending')}</span>
        )}
      </dd>
    </>
  );
}

function laterText(t: (key: string, options?: Record<string, unknown>) => string, later: Later, format: (value: number) => string, kind: 'survey-criterion' | 'domain') {
  if (!later) return t(kind === 'domain' ? 'figureActions.noLaterReview' : 'figureActions.noLaterSurvey');
  if (later.value === null) return t('figureActions.laterHidden', { cycle: later.cycleTitle });
  return t('figureActions.laterValue', { cycle: later.cycleTitle, value: format(later.value) });
}
