import { type FormEvent, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type Goal, type PlanInput, useSavePlan, type Version } from '../../api/development';
import { announce } from '../../components/announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea, TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';

const blank = (): Goal => ({ goal: '', expectedOutcome: null });
const orNull = (value: string) => (value.trim() === '' ? null : value);

/** The manager's side: development goals (goal + expected outcome rows), support plan, review date, notes. */
export function PlanForm({ personId, current }: { personId: string; current: Version | undefined }) {
  const { t } = useTranslation();
  const save = useSavePlan(personId);
  const errors = useFormErrors();
  const [goals, setGoals] = useState<Goal[]>([]);
  const [supportPlan, setSupportPlan] = useState('');
  const [reviewDate, setReviewDate] = useState('');
  const [managerNotes, setManagerNotes] = useState('');
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    setGoals(current?.goals.length ? current.goals : [blank()]);
    setSupportPlan(current?.supportPlan ?? '');
    setReviewDate(current?.reviewDate ?? '');
    setManagerNotes(current?.managerNotes ?? '');
  }, [current]);

  const labels: Record<string, string> = {
    supportPlan: t('development.plan.supportPlan'),
    reviewDate: t('development.plan.reviewDate'),
    managerNotes: t('development.plan.managerNotes'),
  };
  goals.forEach((_, i) => {
    labels[`goals.${i}.goal`] = t('development.plan.goalNumbered', { n: i + 1 });
    labels[`goals.${i}.expectedOutcome`] = t('development.plan.outcomeNumbered', { n: i + 1 });
  });

  const setGoal = (index: number, patch: Partial<Goal>) => {
    setSaved(false);
    setGoals((gs) => gs.map((g, i) => (i === index ? { ...g, ...patch } : g)));
  };
  const removeGoal = (index: number) => {
    setGoals((gs) => gs.filter((_, i) => i !== index));
    announce(t('development.plan.goalRemoved', { n: index + 1 }));
    // keep keyboard focus in the list: on the add button, which always follows the rows
    window.setTimeout(() => document.getElementById('plan-add-goal')?.focus(), 0);
  };
  const addGoal = () => {
    setGoals((gs) => [...gs, blank()]);
    window.setTimeout(() => document.getElementById(`plan-goals.${goals.length}.goal`)?.focus(), 0);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    // an empty row the manager never filled is not a goal: leave it out rather than refuse
    const filled = goals.filter((g) => g.goal.trim() !== '' || (g.expectedOutcome ?? '').trim() !== '');
    const plan: PlanInput = { goals: filled, supportPlan: orNull(supportPlan), reviewDate: orNull(reviewDate), managerNotes: orNull(managerNotes) };
    save.mutate(plan, {
      onSuccess: () => {
        errors.clear();
        setSaved(true);
        announce(t('development.plan.saved'));
      },
      onError: (error) => errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p))),
    });
  };

  return (
    <>
      <ErrorSummary state={errors.state} idPrefix="plan" labels={labels} />
      {saved ? <Notice tone="success">{t('development.plan.saved')}</Notice> : null}
      {current?.workerConfirmedAt || current?.managerConfirmedAt ? <Notice>{t('development.plan.newVersionHint')}</Notice> : null}
      <form className="form" onSubmit={onSubmit} noValidate>
        <fieldset className="fieldset">
          <legend>{t('development.plan.goals')}</legend>
          <p className="hint">{t('development.plan.goalsHint')}</p>
          {goals.map((goal, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the list; ids and labels follow the position too
            <div key={i} style={{ marginBottom: '1.25rem' }}>
              <div className="field-pair">
              <TextInput id={`plan-goals.${i}.goal`} label={labels[`goals.${i}.goal`]} value={goal.goal} onChange={(v) => setGoal(i, { goal: v })} error={errors.field(`goals.${i}.goal`)} />
              <TextInput
                id={`plan-goals.${i}.expectedOutcome`}
                label={labels[`goals.${i}.expectedOutcome`]}
                value={goal.expectedOutcome ?? ''}
                onChange={(v) => setGoal(i, { expectedOutcome: v })}
                error={errors.field(`goals.${i}.expectedOutcome`)}
              />
              </div>
              <Button className="button button-quiet button-small" onPress={() => removeGoal(i)}>
                {t('development.plan.removeGoal', { n: i + 1 })}
              </Button>
            </div>
          ))}
          <Button id="plan-add-goal" className="button button-secondary" onPress={addGoal}>
            {t('development.plan.addGoal')}
          </Button>
        </fieldset>
        <TextArea id="plan-supportPlan" label={labels.supportPlan} hint={t('development.plan.supportHint')} rows={4} value={supportPlan} onChange={setSupportPlan} error={errors.field('supportPlan')} />
        <TextInput id="plan-reviewDate" type="date" className="input-short" label={labels.reviewDate} hint={t('development.plan.reviewDateHint')} value={reviewDate} onChange={setReviewDate} error={errors.field('reviewDate')} />
        <TextArea id="plan-managerNotes" label={labels.managerNotes} rows={3} value={managerNotes} onChange={setManagerNotes} error={errors.field('managerNotes')} />
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
            {t('development.plan.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
