import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type FrameworkPack, LEVELS, type Level, type PlacementAnswers, type PlacementInput } from '../../api/framework';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { errorTitle, problemText } from '../../components/problem-text';
import { QUESTION_FIELD, levelName, questionsToAsk, suggestedLevel, usePackText } from './pack-text';

const EMPTY: PlacementAnswers = { serviceRemit: null, workerContact: null, specialistInterventions: null };
const asChoice = (v: boolean | null | undefined) => (v === true ? 'yes' : v === false ? 'no' : 'unsure');

interface Props {
  pack: FrameworkPack;
  /** Ids stay unique when two wizards could share a page. */
  idPrefix: string;
  onConfirm: (input: PlacementInput) => Promise<unknown>;
  busy: boolean;
  /** A person placing themself: the questions about "this worker" speak to them as "you". */
  forSelf?: boolean;
}

/**
 * The placement questions one at a time, each with its help text; then the suggested level with
 * its reasons, the choice of another level with a note, and a confirmation.
 */
export function PlacementWizard({ pack, idPrefix, onConfirm, busy, forSelf = false }: Props) {
  const { t } = useTranslation();
  const text = usePackText();
  const errors = useFormErrors();
  const [answers, setAnswers] = useState<PlacementAnswers>(EMPTY);
  const [step, setStep] = useState(0);
  const [override, setOverride] = useState<'suggested' | 'other'>('suggested');
  const [otherLevel, setOtherLevel] = useState<Level | null>(null);
  const [note, setNote] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const questions = questionsToAsk(pack, answers);
  const question = questions[step];
  const suggestion = suggestedLevel(answers);
  const mustChoose = suggestion === null;

  // each step replaces the last: move focus to its heading so keyboard and screen-reader users follow
  useEffect(() => {
    if (step > 0) heading.current?.focus();
  }, [step]);

  const restart = () => {
    setAnswers(EMPTY);
    setStep(0);
    setOverride('suggested');
    setOtherLevel(null);
    setNote('');
    errors.clear();
  };

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    const choosing = mustChoose || override === 'other';
    const problems: Record<string, string> = {};
    if (choosing && !otherLevel) problems.level = t('placement.wizard.levelMissing');
    if (choosing && !note.trim()) problems.note = t('placement.wizard.noteMissing');
    if (Object.keys(problems).length > 0) return errors.fail(t('form.fixFields', { count: Object.keys(problems).length }), problems);
    errors.clear();
    const input: PlacementInput = { answers, ...(choosing && otherLevel ? { level: otherLevel, note: note.trim() } : note.trim() ? { note: note.trim() } : {}) };
    try {
      await onConfirm(input);
      restart();
    } catch (error) {
      errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p)));
    }
  };

  if (question) {
    const field = QUESTION_FIELD[question.id] ?? 'serviceRemit';
    // the pack asks about "this worker" for a manager; someone answering for their own role reads "you"
    const own = forSelf && field === 'workerContact';
    return (
      <form
        className="form narrow"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setStep(step + 1);
        }}
      >
        <h3 ref={heading} tabIndex={-1} className="step-heading">
          {t('placement.wizard.step', { step: step + 1, total: questions.length })}
        </h3>
        <ChoiceGroup
          id={`${idPrefix}-${field}`}
          type="radio"
          legend={own ? t('placement.wizard.selfContact') : text(question.text)}
          hint={own ? <p>{t('placement.wizard.selfContactHelp')}</p> : question.help ? <p>{text(question.help)}</p> : undefined}
          value={asChoice(answers[field])}
          options={[
            { value: 'yes', label: t('placement.wizard.yes') },
            { value: 'no', label: t('placement.wizard.no') },
            { value: 'unsure', label: t('placement.wizard.unsure') },
          ]}
          onChange={(v) => setAnswers({ ...answers, [field]: v === 'yes' ? true : v === 'no' ? false : null })}
        />
        <div className="button-row">
          {step > 0 ? (
            <Button className="button button-secondary" onPress={() => setStep(step - 1)}>
              {t('placement.wizard.back')}
            </Button>
          ) : null}
          <Button type="submit" className="button button-primary">
            {t('placement.wizard.next')}
          </Button>
        </div>
      </form>
    );
  }

  const labels = { level: t('placement.wizard.otherLevel'), note: t('placement.wizard.note') };
  return (
    <form className="form narrow" noValidate onSubmit={confirm}>
      <h3 ref={heading} tabIndex={-1} className="step-heading">
        {t('placement.wizard.resultHeading')}
      </h3>
      <ErrorSummary state={errors.state} idPrefix={idPrefix} labels={labels} />
      {suggestion ? (
        <>
          <p>{t('placement.wizard.suggested', { level: levelName(pack, suggestion.level, text) })}</p>
          <ul>
            {suggestion.reasons.map((r) => (
              <li key={r}>{t(`placement.reasons.${r}`)}</li>
            ))}
          </ul>
          <ChoiceGroup
            id={`${idPrefix}-override`}
            type="radio"
            legend={t('placement.wizard.useSuggested')}
            value={override}
            options={[
              { value: 'suggested', label: t('placement.wizard.keepSuggested', { level: levelName(pack, suggestion.level, text) }) },
              { value: 'other', label: t('placement.wizard.chooseOther') },
            ]}
            onChange={(v) => setOverride(v as 'suggested' | 'other')}
          />
        </>
      ) : (
        <p>{t('placement.wizard.undecided')}</p>
      )}
      {mustChoose || override === 'other' ? (
        <ChoiceGroup
          id={`${idPrefix}-level`}
          type="radio"
          legend={labels.level}
          error={errors.field('level')}
          value={otherLevel}
          options={LEVELS.map((l) => ({ value: l, label: levelName(pack, l, text) }))}
          onChange={(v) => setOtherLevel(v as Level)}
        />
      ) : null}
      <TextArea
        id={`${idPrefix}-note`}
        label={labels.note}
        hint={mustChoose || override === 'other' ? t('placement.wizard.noteHintRequired') : t('placement.wizard.noteHint')}
        value={note}
        onChange={setNote}
        error={errors.field('note')}
        rows={3}
        required={mustChoose || override === 'other'}
      />
      <div className="button-row">
        <Button className="button button-secondary" onPress={() => setStep(questions.length - 1)}>
          {t('placement.wizard.back')}
        </Button>
        <Button type="submit" className="button button-primary" isDisabled={busy}>
          {t('placement.wizard.confirm')}
        </Button>
        <Button className="button button-quiet" onPress={restart}>
          {t('placement.wizard.startAgain')}
        </Button>
      </div>
    </form>
  );
}
