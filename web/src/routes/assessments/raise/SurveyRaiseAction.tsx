import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CycleDetail, SurveyResults } from '../../../api/assessments';
import { useRaiseSurveyAction } from '../../../api/figure-actions';
import { SelectField } from '../../../components/fields';
import { usePackText } from '../../framework/pack-text';
import { criteriaById } from '../common';
import { RaiseActionForm } from './RaiseActionForm';

const ID = 'survey-action';
/** The select's value for the survey's whole scope (its unitId is null). */
const SCOPE = 'scope';
type Ready = Extract<SurveyResults, { state: 'ready' }>;

/**
 * An action raised from a survey criterion's mean for a group, as the results page shows it:
 * only groups and criteria with a figure shown are offered (the server checks the same against
 * the gate). It joins the survey's action plan with the figure, and the next survey's beside it.
 */
export function SurveyRaiseAction({ cycle, results, unitName }: { cycle: CycleDetail; results: Ready; unitName: (unitId: string | null) => string }) {
  const { t, i18n } = useTranslation();
  const text = usePackText();
  const raise = useRaiseSurveyAction(cycle.id);
  const [group, setGroup] = useState('');
  const [criterionId, setCriterionId] = useState('');
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const byId = criteriaById(cycle.pack);
  const criteria = results.sections.flatMap((s) => s.criteria);
  const shownFor = (key: string) =>
    criteria.flatMap((c) => {
      const cell = c.cells.find((x) => (x.unitId ?? SCOPE) === key);
      return cell && !cell.suppressed ? [{ id: c.id, mean: cell.mean }] : [];
    });
  const groups = results.heatMap.units.map((u) => u ?? SCOPE).filter((key) => shownFor(key).length > 0);
  const offered = group ? shownFor(group) : [];
  const labels = { unitId: t('figureActions.group'), criterionId: t('assessments.actions.criterion') };
  const problems = () => {
    const p: Record<string, string> = {};
    if (!groups.includes(group)) p.unitId = t('figureActions.groupNeeded');
    if (!offered.some((c) => c.id === criterionId)) p.criterionId = t('figureActions.criterionNeeded');
    return p;
  };

  return (
    <section className="panel" aria-labelledby="survey-action-heading">
      <h2 id="survey-action-heading">{t('figureActions.heading')}</h2>
      <p>
        {t('figureActions.surveyLead')} <Link to={`/assessments/${cycle.id}/actions`}>{t('figureActions.surveyPlan')}</Link>
      </p>
      {groups.length === 0 ? (
        <p>{t('figureActions.nothingShownSurvey')}</p>
      ) : (
        <RaiseActionForm
          id={ID}
          sourceLabels={labels}
          sourceProblems={problems}
          pending={raise.isPending}
          raise={(basics) => raise.mutateAsync({ ...basics, criterionId, unitId: group === SCOPE ? null : group })}
        >
          {(fieldError) => (
            <>
              <SelectField
                id={`${ID}-unitId`}
                label={t('form.requiredLabel', { label: labels.unitId })}
                value={group}
                onChange={(value) => {
                  setGroup(value);
                  setCriterionId('');
                }}
                error={fieldError('unitId')}
                required
              >
                <option value="">{t('figureActions.chooseGroup')}</option>
                {groups.map((key) => (
                  <option key={key} value={key}>
                    {unitName(key === SCOPE ? null : key)}
                  </option>
                ))}
              </SelectField>
              <SelectField id={`${ID}-criterionId`} label={t('form.requiredLabel', { label: labels.criterionId })} value={criterionId} onChange={setCriterionId} error={fieldError('criterionId')} required>
                <option value="">{group ? t('figureActions.chooseCriterion') : t('figureActions.groupFirst')}</option>
                {offered.map((c) => {
                  const found = byId.get(c.id);
                  return (
                    <option key={c.id} value={c.id}>
                      {t('figureActions.criterionOption', { id: c.id, text: found ? text(found.criterion.text) : '', mean: number.format(c.mean) })}
                    </option>
                  );
                })}
              </SelectField>
            </>
          )}
        </RaiseActionForm>
      )}
    </section>
  );
}
