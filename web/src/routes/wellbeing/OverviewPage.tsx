import { type FormEvent, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localText, RHYTHMS, type Rhythm, useInstruments, useOverview, useSaveRhythm } from '../../api/wellbeing';
import { announce } from '../../components/announcer';
import { SelectField } from '../../components/fields';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';
import { CheckInReminder } from './CheckInReminder';
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

/** The space at a glance: the next check-in and how often, the latest results, and every part of the space. */
export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const overview = useOverview();
  const instruments = useInstruments();
  const titleOf = (id: string) => localText(instruments.data?.instruments.find((i) => i.id === id)?.title, i18n.language) || id;
  const o = overview.data;
  return (
    <WellbeingPage title={t('wellbeing.overview.title')} lead={<p>{t('wellbeing.overview.lead')}</p>}>
      <WhoSees />
      {overview.isPending ? <Loading /> : null}
      {overview.error ? <Notice tone="error">{errorTitle(t, overview.error)}</Notice> : null}
      {o ? (
        <>
          <section className="panel" aria-labelledby="next-checkin-heading">
            <h2 id="next-checkin-heading">{t('wellbeing.overview.nextHeading')}</h2>
            <CheckInReminder reminder={o.nextCheckIn} instrumentTitle={o.nextCheckIn.instrumentId ? titleOf(o.nextCheckIn.instrumentId) : null} />
            <RhythmForm rhythm={o.rhythm.rhythm} instrumentId={o.rhythm.instrumentId} />
          </section>

          <section className="panel" aria-labelledby="latest-heading">
            <h2 id="latest-heading">{t('wellbeing.overview.latestHeading')}</h2>
            {o.latestResults.length === 0 ? (
              <p>
                {t('wellbeing.overview.noResults')} <Link to="/me/wellbeing/check-in">{t('wellbeing.overview.firstCheckIn')}</Link>
              </p>
            ) : (
              o.latestResults.map((c) => (
                <div key={c.id} className="wb-latest">
                  <h3>{t('wellbeing.overview.latestOne', { title: titleOf(c.instrumentId), date: formatDate(c.submittedOn, i18n.language) })}</h3>
                  <ResultInWords checkIn={c} headingLevel="h4" />
                </div>
              ))
            )}
            {o.latestResults.length > 0 ? (
              <p>
                <Link to="/me/wellbeing/results">{t('wellbeing.overview.seeAll')}</Link>
              </p>
            ) : null}
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
