import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useRaiseFigureAction } from '../../../api/figure-actions';
import type { Person } from '../../../api/people';
import type { WorkforceFigures } from '../../../api/workforce-figures';
import { announce } from '../../../components/announcer';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextInput } from '../../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../../components/form-errors';
import { Notice } from '../../../components/Notice';
import { errorTitle, problemText } from '../../../components/problem-text';
import { PersonSearchSelect } from '../PersonSearchSelect';
import { FIGURES, type FigureKey, useFigureFormat } from './indicators';

const ID = 'figure-action';
/** The select's value for the whole organisation (its unitId is null). */
const ORGANISATION = 'organisation';
const EMPTY = { unit: '', indicator: '', title: '', dueOn: '' };

/**
 * Closing the loop: an action raised from a figure of the quarter on screen. Only groups and
 * figures the gate showed are offered (the server checks the same), each with its value, so the
 * action records what was seen; the same figure of the next quarter is shown beside it later.
 */
export function RaiseFigureAction({ data }: { data: WorkforceFigures }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const raise = useRaiseFigureAction();
  const errors = useFormErrors();
  const [v, setV] = useState(EMPTY);
  const [owner, setOwner] = useState<Pick<Person, 'id' | 'name' | 'kind'> | null>(null);
  const set = (key: keyof typeof EMPTY) => (value: string) => setV((s) => ({ ...s, [key]: value }));
  const shownUnits = data.units.flatMap((u) => (u.quarter.shown ? [{ key: u.unitId ?? ORGANISATION, unitId: u.unitId, name: u.name, indicators: u.quarter.indicators }] : []));
  const chosen = shownUnits.find((u) => u.key === v.unit);
  const figures = chosen ? FIGURES.flatMap((f) => (chosen.indicators[f] === null ? [] : [{ key: f, value: chosen.indicators[f] as number }])) : [];
  const labels = {
    unitId: t('figureActions.group'),
    indicator: t('figureActions.figure'),
    title: t('figureActions.actionTitle'),
    ownerPersonId: t('figureActions.owner'),
    dueOn: t('figureActions.dueOn'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!chosen) problems.unitId = t('figureActions.groupNeeded');
    if (!figures.some((f) => f.key === v.indicator)) problems.indicator = t('figureActions.figureNeeded');
    if (!v.title.trim()) problems.title = t('figureActions.titleNeeded');
    if (!owner) problems.ownerPersonId = t('figureActions.ownerNeeded');
    if (!v.dueOn) problems.dueOn = t('figureActions.dueNeeded');
    if (Object.keys(problems).length > 0 || !chosen || !owner) return errors.fail(t('form.fixFields', { count: Object.keys(problems).length }), problems);
    errors.clear();
    const title = v.title.trim();
    raise.mutate(
      { quarter: data.quarter, unitId: chosen.unitId, indicator: v.indicator as FigureKey, title, ownerPersonId: owner.id, dueOn: v.dueOn },
      {
        onSuccess: () => {
          announce(t('figureActions.raised', { title }));
          setV((s) => ({ ...s, title: '' }));
        },
        onError: (error) => errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p))),
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="figure-action-heading">
      <h2 id="figure-action-heading">{t('figureActions.heading')}</h2>
      <p>{t('figureActions.lead', { quarter: data.quarter })}</p>
      {shownUnits.length === 0 ? (
        <p>{t('figureActions.nothingShown')}</p>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <ErrorSummary state={errors.state} idPrefix={ID} labels={labels} />
          {raise.isSuccess ? <Notice tone="success">{t('figureActions.raised', { title: raise.data.title })}</Notice> : null}
          <SelectField
            id={`${ID}-unitId`}
            label={t('form.requiredLabel', { label: labels.unitId })}
            hint={t('figureActions.groupHint')}
            value={v.unit}
            onChange={(unit) => setV((s) => ({ ...s, unit, indicator: '' }))}
            error={errors.field('unitId')}
            required
          >
            <option value="">{t('figureActions.chooseGroup')}</option>
            {shownUnits.map((u) => (
              <option key={u.key} value={u.key}>
                {u.name}
              </option>
            ))}
          </SelectField>
          <SelectField id={`${ID}-indicator`} label={t('form.requiredLabel', { label: labels.indicator })} value={v.indicator} onChange={set('indicator')} error={errors.field('indicator')} required>
            <option value="">{chosen ? t('figureActions.chooseFigure') : t('figureActions.groupFirst')}</option>
            {figures.map((f) => (
              <option key={f.key} value={f.key}>
                {t('figureActions.figureOption', { figure: t(`figures.names.${f.key}`), value: format(f.key, f.value) })}
              </option>
            ))}
          </SelectField>
          <TextInput id={`${ID}-title`} label={t('form.requiredLabel', { label: labels.title })} hint={t('figureActions.titleHint')} value={v.title} onChange={set('title')} error={errors.field('title')} maxLength={300} required />
          <PersonSearchSelect idPrefix={ID} field="ownerPersonId" label={labels.ownerPersonId} value={owner} onChange={setOwner} error={errors.field('ownerPersonId')} />
          <TextInput id={`${ID}-dueOn`} label={t('form.requiredLabel', { label: labels.dueOn })} type="date" value={v.dueOn} onChange={set('dueOn')} error={errors.field('dueOn')} required />
          <div className="button-row">
            <Button type="submit" className="button button-primary" isDisabled={raise.isPending}>
              {t('figureActions.raise')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
