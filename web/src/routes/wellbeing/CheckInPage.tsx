import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { type CheckInResult, type Instrument, localText, type SupportContact, useInstruments, useOverview, useSubmitCheckIn } from '../../api/wellbeing';
import { announce } from '../../components/announcer';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { SelectField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';
import { orderCheckIns } from './check-in-order';
import { ResultInWords } from './ResultInWords';
import { SupportContactList } from './SupportContactList';
import { WellbeingPage, WhoSees } from './WellbeingPage';

const SKIP = 'skip';
const scoringPath = (instrumentId: string) => `/me/wellbeing/instruments/${encodeURIComponent(instrumentId)}/scoring`;
const fieldId = (itemId: string) => `q-${itemId.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** The instrument to open on: the one asked for in the address ("Check in now"), else the rhythm's, else the first in order. */
function firstChoice(instruments: Instrument[], ...preferred: Array<string | null | undefined>) {
  for (const id of preferred) if (id && instruments.some((i) => i.id === id)) return id;
  return instruments[0]?.id ?? '';
}

/**
 * A check-in: who sees the answers is said before any question, every question can be left or
 * skipped out loud, hard questions carry a content note, and the result is said in words.
 */
export function CheckInPage() {
  const { t, i18n } = useTranslation();
  const instruments = useInstruments();
  const overview = useOverview();
  const [chosen, setChosen] = useState('');
  const [result, setResult] = useState<CheckInResult | null>(null);
  const [params] = useSearchParams();
  const asked = params.get('instrument');
  // the ones the person uses most first, then Tend's STS check-in, then the rest
  const list = orderCheckIns(instruments.data?.instruments ?? [], overview.data?.checkInCounts ?? []);

  useEffect(() => {
    if (!chosen && list.length > 0 && !overview.isPending) setChosen(firstChoice(list, asked, overview.data?.rhythm.instrumentId));
  }, [chosen, list, overview.isPending, overview.data, asked]);

  const instrument = list.find((i) => i.id === chosen);
  return (
    <WellbeingPage title={t('wellbeing.checkIn.title')} lead={<p>{t('wellbeing.checkIn.lead')}</p>}>
      <WhoSees />
      {instruments.isPending ? <Loading /> : null}
      {instruments.error ? <Notice tone="error">{errorTitle(t, instruments.error)}</Notice> : null}
      {instruments.data && list.length === 0 ? <p>{t('wellbeing.checkIn.noInstruments')}</p> : null}
      {result ? (
        <CheckInDone result={result} instrument={instrument} onAgain={() => setResult(null)} />
      ) : (
        <>
          {list.length > 1 ? (
            <SelectField id="checkin-instrument" label={t('wellbeing.checkIn.which')} value={chosen} onChange={setChosen}>
              {list.map((i) => (
                <option key={i.id} value={i.id}>
                  {localText(i.title, i18n.language)}
                </option>
              ))}
            </SelectField>
          ) : null}
          {instrument ? <CheckInForm key={instrument.id} instrument={instrument} onDone={setResult} /> : null}
        </>
      )}
    </WellbeingPage>
  );
}

function CheckInForm({ instrument, onDone }: { instrument: Instrument; onDone: (result: CheckInResult) => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const submit = useSubmitCheckIn();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const answerSet = (id: string) => instrument.answerSets.find((s) => s.id === id)?.options ?? [];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const values = Object.fromEntries(
      instrument.items.map((item) => {
        const a = answers[item.id];
        return [item.id, a === undefined || a === SKIP ? null : Number(a)];
      }),
    );
    submit.mutate(
      { instrumentId: instrument.id, answers: values },
      {
        onSuccess: (result) => {
          announce(t('wellbeing.checkIn.saved'));
          onDone(result);
        },
        onError: (error) => setProblem(errorTitle(t, error)),
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="checkin-heading">
      <h2 id="checkin-heading">{localText(instrument.title, lng)}</h2>
      <p>{localText(instrument.intro, lng)}</p>
      {instrument.contentNote ? (
        <div className="wb-content-note">
          <p>
            <strong>{t('wellbeing.checkIn.contentNote')}</strong> {localText(instrument.contentNote, lng)}
          </p>
        </div>
      ) : null}
      <p>{t('wellbeing.checkIn.skippable')}</p>
      {instrument.scales.length > 0 ? (
        <p>
          <Link to={scoringPath(instrument.id)}>{t('wellbeing.checkIn.howScored')}</Link>
        </p>
      ) : null}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <form className="form" onSubmit={onSubmit} noValidate>
        {instrument.items.map((item, index) => (
          <div key={item.id} className="wb-question">
            <ChoiceGroup
              type="radio"
              id={fieldId(item.id)}
              legend={t('wellbeing.checkIn.question', {
                number: index + 1,
                total: instrument.items.length,
                text: item.text ? localText(item.text, lng) : t('wellbeing.checkIn.noText'),
              })}
              hint={item.contentNote ? <p>{t('wellbeing.checkIn.itemNote', { note: localText(item.contentNote, lng) })}</p> : undefined}
              value={answers[item.id] ?? null}
              onChange={(value) => setAnswers((a) => ({ ...a, [item.id]: value }))}
              options={[
                ...answerSet(item.answerSet).map((o) => ({ value: String(o.value), label: localText(o.text, lng) })),
                { value: SKIP, label: t('wellbeing.checkIn.skip') },
              ]}
            />
          </div>
        ))}
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={submit.isPending}>
            {t('wellbeing.checkIn.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function CheckInDone({ result, instrument, onAgain }: { result: CheckInResult; instrument: Instrument | undefined; onAgain: () => void }) {
  const { t, i18n } = useTranslation();
  const skipped = Object.values(result.checkIn.answers).filter((v) => v === null).length;
  // an answer to a question about harm: support comes first and takes the focus, whatever the scores
  const supportFirst = result.supportSuggested?.reason === 'answer' ? result.supportSuggested.supportContacts : null;
  return (
    <section className="panel" aria-labelledby="checkin-done-heading">
      {supportFirst ? <SupportFirst contacts={supportFirst} /> : null}
      <Notice tone="success" focusOnMount={!supportFirst} title={t('wellbeing.checkIn.saved')}>
        <p>{skipped > 0 ? t('wellbeing.checkIn.savedSkipped', { count: skipped }) : t('wellbeing.checkIn.savedAll')}</p>
      </Notice>
      <h2 id="checkin-done-heading">{t('wellbeing.checkIn.resultHeading', { title: instrument ? localText(instrument.title, i18n.language) : '' })}</h2>
      <ResultInWords checkIn={result.checkIn} headingLevel="h3" />
      <p>
        <Link to="/me/wellbeing/results">{t('wellbeing.checkIn.seeTrend')}</Link>
      </p>
      {instrument && instrument.scales.length > 0 ? (
        <p>
          <Link to={scoringPath(instrument.id)}>{t('wellbeing.checkIn.howScored')}</Link>
        </p>
      ) : null}
      <Button className="button button-secondary" onPress={onAgain}>
        {t('wellbeing.checkIn.again')}
      </Button>
    </section>
  );
}

/** Shown first when a safety item was answered at its mark: calm words, the contacts (crisis lines first), who knows. */
function SupportFirst({ contacts }: { contacts: readonly SupportContact[] }) {
  const { t } = useTranslation();
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <section ref={box} tabIndex={-1} className="wb-support-first" aria-labelledby="checkin-support-heading">
      <h2 id="checkin-support-heading">{t('wellbeing.checkIn.supportFirst.title')}</h2>
      <p>{t('wellbeing.checkIn.supportFirst.body')}</p>
      {contacts.length > 0 ? <SupportContactList contacts={contacts} /> : <p>{t('wellbeing.support.none')}</p>}
      <p className="hint">{t('wellbeing.support.emergency')}</p>
      <p className="hint">{t('wellbeing.checkIn.supportFirst.private')}</p>
    </section>
  );
}
