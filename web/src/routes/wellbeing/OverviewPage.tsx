import { type FormEvent, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type CopingPlan, localText, PLAN_PHASES, RHYTHMS, type Rhythm, useInstruments, useOverview, useSaveRhythm, useStrategies, useTrend } from '../../api/wellbeing';
import { announce } from '../../components/announcer';
import { SelectField } from '../../components/fields';
import { formatDateLong } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';
import { CheckInReminder } from './CheckInReminder';
import { checkInToOffer } from './check-in-order';
import { changeKey, changeOf } from './trend-words';
import { ResultInWords } from './ResultInWords';
import { WellbeingPage, WhoSees } from './WellbeingPage';

const PARTS = [
  { to: '/me/wellbeing/check-in', key: 'wellbeingCheckIn' },
  { to: '/me/wellbeing/results', key: 'wellbeingResults' },
  { to: '/me/wellbeing/profile', key: 'wellbeingProfile' },
  { to: '/me/wellbeing/coping-plan', key: 'wellbeingCopingPlan' },
  { to: '/me/wellbeing/reflections', key: 'wellbeingReflections' },
  { to: '/me/wellbeing/sharing', key: 'wellbeingSharing' },
  { to: '/me/wellbeing/data', key: 'wellbeingData' },
];

/** How many of the coping plan's steps the overview shows before "Open my coping plan". */
const FIRST_STEPS = 3;

/** The check-in page, opened on one check-in. */
export const checkInPath = (instrumentId: string) => `/me/wellbeing/check-in?instrument=${encodeURIComponent(instrumentId)}`;

/**
 * The space at a glance, in the order a tired person needs it: one "Check in now" for the
 * check-in they use most, their coping plan, how they have been in words before numbers (the
 * band's name, whether it is lower or higher than last month; the score on request), then the
 * reminder settings and every part of the space.
 */
export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const overview = useOverview();
  const instruments = useInstruments();
  const titleOf = (id: string) => localText(instruments.data?.instruments.find((i) => i.id === id)?.title, i18n.language) || id;
  const o = overview.data;
  const offer = o ? checkInToOffer(instruments.data?.instruments ?? [], o.checkInCounts) : undefined;
  return (
    <WellbeingPage title={t('wellbeing.overview.title')} lead={<p>{t('wellbeing.overview.lead')}</p>}>
      {overview.isPending ? <Loading /> : null}
      {overview.error ? <Notice tone="error">{errorTitle(t, overview.error)}</Notice> : null}
      {o ? (
        <>
          {offer ? (
            <section className="wb-check-in-now" aria-labelledby="check-in-now">
              <p>
                <Link id="check-in-now" to={checkInPath(offer.id)} className="button button-primary">
                  {t('wellbeing.overview.checkInNow')}
                </Link>
              </p>
              <p>{t('wellbeing.overview.checkInNowHint', { title: localText(offer.title, i18n.language) })}</p>
              {o.nextCheckIn.due ? <p className="hint">{t('wellbeing.reminder.dueTitle')}</p> : null}
              {(instruments.data?.instruments.length ?? 0) > 1 ? (
                <p>
                  <Link to="/me/wellbeing/check-in">{t('wellbeing.overview.otherCheckIn')}</Link>
                </p>
              ) : null}
            </section>
          ) : null}
          <WhoSees />

          <CopingPlanPart plan={o.copingPlan} />

          <section className="panel" aria-labelledby="been-heading">
            <h2 id="been-heading">{t('wellbeing.overview.beenHeading')}</h2>
            {o.latestResults.length === 0 ? <p>{t('wellbeing.overview.noResults')}</p> : null}
            {o.latestResults.map((c) => (
              <div key={c.id} className="wb-latest">
                <h3>{t('wellbeing.overview.beenOne', { title: titleOf(c.instrumentId), date: formatDateLong(c.submittedOn, i18n.language) })}</h3>
                <ResultInWords checkIn={c} headingLevel="h4">
                  {(s) => <ScaleChange instrumentId={c.instrumentId} scaleId={s.scaleId} />}
                </ResultInWords>
              </div>
            ))}
            {o.latestResults.length > 0 ? (
              <p>
                <Link to="/me/wellbeing/results">{t('wellbeing.overview.seeAll')}</Link>
              </p>
            ) : null}
          </section>

          <section className="panel" aria-labelledby="next-checkin-heading">
            <h2 id="next-checkin-heading">{t('wellbeing.overview.reminderHeading')}</h2>
            <CheckInReminder reminder={o.nextCheckIn} instrumentTitle={o.nextCheckIn.instrumentId ? titleOf(o.nextCheckIn.instrumentId) : null} />
            <RhythmForm rhythm={o.rhythm.rhythm} instrumentId={o.rhythm.instrumentId} />
          </section>

          <section className="panel" aria-labelledby="parts-heading">
            <h2 id="parts-heading">{t('wellbeing.overview.partsHeading')}</h2>
            <ul className="cards">
              {PARTS.map((part) => (
                <li key={part.to} className="card">
                  <h3 className="card-title">
                    <Link to={part.to} className="card-link">
                      {t(`nav.${part.key}`)}
                    </Link>
                  </h3>
                  <p>{t(`home.cards.${part.key}`)}</p>
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </WellbeingPage>
  );
}

/** The coping plan's first few steps, in order (before, during, after), with the way to the whole plan. */
function CopingPlanPart({ plan }: { plan: CopingPlan }) {
  const { t, i18n } = useTranslation();
  const strategies = useStrategies();
  const titleOf = (id: string) => localText(strategies.data?.strategies.find((s) => s.id === id)?.title, i18n.language) || id;
  const steps = PLAN_PHASES.flatMap((phase) => plan[phase]).slice(0, FIRST_STEPS);
  return (
    <section className="panel" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('wellbeing.overview.planHeading')}</h2>
      {steps.length === 0 ? (
        <>
          <p>{t('wellbeing.overview.planEmpty')}</p>
          <p>
            <Link to="/me/wellbeing/coping-plan">{t('wellbeing.overview.planStart')}</Link>
          </p>
        </>
      ) : (
        <>
          <p>{t('wellbeing.overview.planFirstSteps')}</p>
          <ul>
            {steps.map((step, i) => (
              // steps have no id; their order in the plan is what identifies them
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={i}>{step.strategyId ? (step.note ? `${titleOf(step.strategyId)}: ${step.note}` : titleOf(step.strategyId)) : step.note}</li>
            ))}
          </ul>
          <p>
            <Link to="/me/wellbeing/coping-plan">{t('wellbeing.overview.planOpen')}</Link>
          </p>
        </>
      )}
    </section>
  );
}

/** "Your score is lower than last month": one scale's move in words, from its trend; silent until there are two scores. */
function ScaleChange({ instrumentId, scaleId }: { instrumentId: string; scaleId: string }) {
  const { t, i18n } = useTranslation();
  const trend = useTrend(instrumentId, scaleId);
  const change = trend.data ? changeOf(trend.data.points, trend.data.lowest, trend.data.highest) : null;
  if (!change) return null;
  return <p>{t('wellbeing.overview.beenChange', { change: t(changeKey(change), { date: formatDateLong(change.earlierOn, i18n.language) }) })}</p>;
}

/** How often to be reminded, and with which check-in. Reminders are shown in Tend only; nothing is sent. */
function RhythmForm({ rhythm, instrumentId }: { rhythm: Rhythm; instrumentId: string | null }) {
  const { t, i18n } = useTranslation();
  const instruments = useInstruments();
  const save = useSaveRhythm();
  const [value, setValue] = useState<Rhythm>(rhythm);
  const [instrument, setInstrument] = useState(instrumentId ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const list = instruments.data?.instruments ?? [];

  useEffect(() => {
    if (!instrument && list[0]) setInstrument(list[0].id);
  }, [instrument, list]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setSaved(false);
    save.mutate(
      { rhythm: value, instrumentId: value === 'off' ? null : instrument || null },
      {
        onSuccess: () => {
          setSaved(true);
          announce(t('wellbeing.rhythm.saved'));
        },
        onError: (error) => setProblem(errorTitle(t, error)),
      },
    );
  };

  return (
    <form className="form narrow" onSubmit={onSubmit} noValidate aria-labelledby="rhythm-heading">
      <h3 id="rhythm-heading">{t('wellbeing.rhythm.heading')}</h3>
      <p className="hint">{t('wellbeing.rhythm.hint')}</p>
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      {saved ? <Notice tone="success">{t('wellbeing.rhythm.saved')}</Notice> : null}
      <SelectField id="rhythm-rhythm" label={t('wellbeing.rhythm.label')} value={value} onChange={(v) => setValue(v as Rhythm)}>
        {RHYTHMS.map((r) => (
          <option key={r} value={r}>
            {t(`wellbeing.rhythm.options.${r}`)}
          </option>
        ))}
      </SelectField>
      {value !== 'off' && list.length > 1 ? (
        <SelectField id="rhythm-instrument" label={t('wellbeing.rhythm.instrument')} value={instrument} onChange={setInstrument}>
          {list.map((i) => (
            <option key={i.id} value={i.id}>
              {localText(i.title, i18n.language)}
            </option>
          ))}
        </SelectField>
      ) : null}
      <div className="button-row">
        <Button type="submit" className="button button-secondary" isDisabled={save.isPending}>
          {t('wellbeing.rhythm.save')}
        </Button>
      </div>
    </form>
  );
}
