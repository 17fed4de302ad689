import { type FormEvent, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { type CopingPlan, localText, PLAN_PHASES, type PlanPhase, type Strategy, useOverview, useSaveCopingPlan, useStrategies } from '../../api/wellbeing';
import { announce } from '../../components/announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea } from '../../components/fields';
import { useFormErrors } from '../../components/form-errors';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';
import { WellbeingPage, WhoSees } from './WellbeingPage';

/** One phase as the form holds it: chosen strategies (with any note kept) and the person's own steps, one a line. */
interface PhaseDraft {
  chosen: Record<string, string>;
  own: string;
}
type Draft = Record<PlanPhase, PhaseDraft>;

function toDraft(plan: CopingPlan): Draft {
  const draft = {} as Draft;
  for (const phase of PLAN_PHASES) {
    const steps = plan[phase] ?? [];
    draft[phase] = {
      chosen: Object.fromEntries(steps.filter((s) => s.strategyId).map((s) => [s.strategyId as string, s.note])),
      own: steps
        .filter((s) => !s.strategyId)
        .map((s) => s.note)
        .join('\n'),
    };
  }
  return draft;
}

function toPlan(draft: Draft, strategies: Strategy[]): CopingPlan {
  const plan = {} as CopingPlan;
  for (const phase of PLAN_PHASES) {
    const d = draft[phase];
    // library order, so the plan reads the same however the boxes were ticked
    const chosen = strategies.filter((s) => s.id in d.chosen).map((s) => ({ strategyId: s.id, note: d.chosen[s.id] ?? '' }));
    const own = d.own
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((note) => ({ strategyId: null, note }));
    plan[phase] = [...chosen, ...own];
  }
  return plan;
}

/**
 * The coping plan (S.ind.2): for before, during and after hard work, strategies chosen from the
 * library that suit that moment, and steps in the person's own words.
 */
export function CopingPlanPage() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const overview = useOverview();
  const strategies = useStrategies();
  const save = useSaveCopingPlan();
  const errors = useFormErrors();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState(false);
  const library = strategies.data?.strategies ?? [];

  useEffect(() => {
    if (overview.data && draft === null) setDraft(toDraft(overview.data.copingPlan));
  }, [overview.data, draft]);

  const labels = Object.fromEntries(PLAN_PHASES.map((phase) => [phase, t(`wellbeing.plan.phases.${phase}.own`)]));
  const change = (phase: PlanPhase, next: Partial<PhaseDraft>) => {
    setSaved(false);
    setDraft((d) => (d ? { ...d, [phase]: { ...d[phase], ...next } } : d));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    setSaved(false);
    save.mutate(toPlan(draft, library), {
      onSuccess: () => {
        errors.clear();
        setSaved(true);
        announce(t('wellbeing.plan.saved'));
      },
      onError: (error) => {
        const fields: Record<string, string> = {};
        if (error instanceof ApiError) for (const p of error.problems) fields[p.field.split('.')[0] ?? p.field] ??= problemText(t, p);
        errors.fail(errorTitle(t, error), fields);
      },
    });
  };

  return (
    <WellbeingPage title={t('wellbeing.plan.title')} lead={<p>{t('wellbeing.plan.lead')}</p>}>
      <WhoSees>{t('wellbeing.plan.whoSees')}</WhoSees>
      {overview.isPending || strategies.isPending ? <Loading /> : null}
      {overview.error || strategies.error ? <Notice tone="error">{errorTitle(t, overview.error ?? strategies.error)}</Notice> : null}
      {draft && strategies.data ? (
        <form className="form" onSubmit={onSubmit} noValidate>
          <ErrorSummary state={errors.state} idPrefix="plan" labels={labels} />
          {saved ? <Notice tone="success">{t('wellbeing.plan.saved')}</Notice> : null}
          {PLAN_PHASES.map((phase) => {
            const d = draft[phase];
            const offered = library.filter((s) => s.when.includes(phase) || s.id in d.chosen);
            return (
              <section key={phase} className="panel wb-plan-phase" aria-labelledby={`plan-${phase}-heading`}>
                <h2 id={`plan-${phase}-heading`}>{t(`wellbeing.plan.phases.${phase}.title`)}</h2>
                <p>{t(`wellbeing.plan.phases.${phase}.lead`)}</p>
                <fieldset className="field choice-group wb-strategies">
                  <legend className="group-label">{t('wellbeing.plan.fromLibrary')}</legend>
                  {offered.map((s) => {
                    const inputId = `plan-${phase}-${s.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
                    return (
                      <div key={s.id} className="choice">
                        <input
                          id={inputId}
                          type="checkbox"
                          checked={s.id in d.chosen}
                          aria-describedby={`${inputId}-description`}
                          onChange={(event) => {
                            const chosen = { ...d.chosen };
                            if (event.target.checked) chosen[s.id] = '';
                            else delete chosen[s.id];
                            change(phase, { chosen });
                          }}
                        />
                        <div className="choice-text">
                          <label htmlFor={inputId}>{localText(s.title, lng)}</label>
                          <p className="choice-description" id={`${inputId}-description`}>
                            {localText(s.description, lng)}
                          </p>
                        </div>
                      </div>
                    );
                  })}
                </fieldset>
                <TextArea
                  id={`plan-${phase}`}
                  label={labels[phase]}
                  hint={t('wellbeing.plan.ownHint')}
                  rows={3}
                  value={d.own}
                  error={errors.field(phase)}
                  onChange={(own) => change(phase, { own })}
                />
              </section>
            );
          })}
          <div className="button-row">
            <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
              {t('wellbeing.plan.save')}
            </Button>
          </div>
        </form>
      ) : null}
    </WellbeingPage>
  );
}

/** A coping plan to read (the owner's summary, or what a grantee was shown): each phase, its steps in words. */
export function CopingPlanView({ plan, strategies, headingLevel = 'h3' }: { plan: CopingPlan; strategies: Strategy[]; headingLevel?: 'h2' | 'h3' }) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel;
  const titleOf = (id: string) => localText(strategies.find((s) => s.id === id)?.title, i18n.language) || id;
  return (
    <>
      {PLAN_PHASES.map((phase) => (
        <div key={phase} className="wb-plan-phase">
          <Heading>{t(`wellbeing.plan.phases.${phase}.title`)}</Heading>
          {plan[phase].length === 0 ? (
            <p>{t('wellbeing.plan.nothingYet')}</p>
          ) : (
            <ul>
              {plan[phase].map((step, i) => (
                // steps have no id; their order within the phase is what identifies them
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <li key={i}>{step.strategyId ? (step.note ? `${titleOf(step.strategyId)}: ${step.note}` : titleOf(step.strategyId)) : step.note}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </>
  );
}
