import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRaiseFigureAction } from '../../../api/figure-actions';
import type { WorkforceFigures } from '../../../api/workforce-figures';
import { SelectField } from '../../../components/fields';
import { RaiseActionForm } from '../../assessments/raise/RaiseActionForm';
import { FIGURES, type FigureKey, useFigureFormat } from './indicators';

const ID = 'figure-action';
/** The select's value for the whole organisation (its unitId is null). */
const ORGANISATION = 'organisation';

/**
 * Closing the loop: an action raised from a figure of the quarter on screen. Only groups and
 * figures the gate showed are offered (the server checks the same), each with its value, so the
 * action records what was seen; the same figure of the next quarter is shown beside it later.
 */
export function RaiseFigureAction({ data }: { data: WorkforceFigures }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const raise = useRaiseFigureAction();
  const [unit, setUnit] = useState('');
  const [indicator, setIndicator] = useState('');
  const shownUnits = data.units.flatMap((u) => (u.quarter.shown ? [{ key: u.unitId ?? ORGANISATION, unitId: u.unitId, name: u.name, indicators: u.quarter.indicators }] : []));
  const chosen = shownUnits.find((u) => u.key === unit);
  const figures = chosen ? FIGURES.flatMap((f) => (chosen.indicators[f] === null ? [] : [{ key: f, value: chosen.indicators[f] as number }])) : [];
  const labels = { unitId: t('figureActions.group'), indicator: t('figureActions.figure') };
  const problems = () => {
    const p: Record<string, string> = {};
    if (!chosen) p.unitId = t('figureActions.groupNeeded');
    if (!figures.some((f) => f.key === indicator)) p.indicator = t('figureActions.figureNeeded');
    return p;
  };

  return (
    <section className="panel" aria-labelledby="figure-action-heading">
      <h2 id="figure-action-heading">{t('figureActions.heading')}</h2>
      <p>{t('figureActions.lead', { quarter: data.quarter })}</p>
      {data.workerKind ? (
        // an action keeps its figure and is set beside the same figure later: everyone's, not a kind's
        <p>{t('figureActions.everyoneOnly')}</p>
      ) : shownUnits.length === 0 ? (
        <p>{t('figureActions.nothingShown')}</p>
      ) : (
        <RaiseActionForm
          id={ID}
          sourceLabels={labels}
          sourceProblems={problems}
          pending={raise.isPending}
          raise={(basics) => raise.mutateAsync({ ...basics, quarter: data.quarter, unitId: chosen?.unitId ?? null, indicator: indicator as FigureKey })}
        >
          {(fieldError) => (
            <>
              <SelectField
                id={`${ID}-unitId`}
                label={t('form.requiredLabel', { label: labels.unitId })}
                hint={t('figureActions.groupHint')}
                value={unit}
                onChange={(value) => {
                  setUnit(value);
                  setIndicator('');
                }}
                error={fieldError('unitId')}
                required
              >
                <option value="">{t('figureActions.chooseGroup')}</option>
                {shownUnits.map((u) => (
                  <option key={u.key} value={u.key}>
                    {u.name}
                  </option>
                ))}
              </SelectField>
              <SelectField id={`${ID}-indicator`} label={t('form.requiredLabel', { label: labels.indicator })} value={indicator} onChange={setIndicator} error={fieldError('indicator')} required>
                <option value="">{chosen ? t('figureActions.chooseFigure') : t('figureActions.groupFirst')}</option>
                {figures.map((f) => (
                  <option key={f.key} value={f.key}>
                    {t('figureActions.figureOption', { figure: t(`figures.names.${f.key}`), value: format(f.key, f.value) })}
                  </option>
                ))}
              </SelectField>
            </>
          )}
        </RaiseActionForm>
      )}
    </section>
  );
}
