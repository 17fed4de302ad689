import { type FormEvent, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type Answers, LEVELS, useSaveAnswers, useSubmit, type Version } from '../../api/development';
import { announce } from '../../components/announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextArea } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';
import { ANSWER_FIELDS } from './VersionDetails';

const EMPTY: Answers = { serviceRemit: null, role: null, relevantLevel: null, strengths: null, areasToDevelop: null };
const TEXT_FIELDS = ANSWER_FIELDS.filter((f) => f !== 'relevantLevel');

/** The worker's own answers: every question may be left empty; save as often as you like, then hand in. */
export function AnswersForm({ personId, current }: { personId: string; current: Version | undefined }) {
  const { t } = useTranslation();
  const save = useSaveAnswers(personId);
  const submit = useSubmit(personId);
  const errors = useFormErrors();
  const [answers, setAnswers] = useState<Answers>(current?.answers ?? EMPTY);
  const [done, setDone] = useState<string | null>(null);
  const confirmedBySomeone = Boolean(current?.workerConfirmedAt || current?.managerConfirmedAt);

  useEffect(() => {
    if (current) setAnswers(current.answers);
  }, [current]);

  const labels = Object.fromEntries(ANSWER_FIELDS.map((f) => [f, t(`development.questions.${f}`)]));
  const onError = (error: unknown) => errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p)));
  const succeed = (message: string) => {
    errors.clear();
    setDone(message);
    announce(message);
  };

  const onSave = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    save.mutate(answers, { onSuccess: () => succeed(t('development.answers.saved')), onError });
  };
  const onSubmit = () => {
    setDone(null);
    // hand in what is on the screen, not only what was saved before
    save.mutate(answers, {
      onSuccess: () => submit.mutate(undefined, { onSuccess: () => succeed(t('development.answers.submittedNotice')), onError }),
      onError,
    });
  };

  const set = (field: keyof Answers) => (value: string) => {
    setDone(null);
    setAnswers((a) => ({ ...a, [field]: value === '' ? null : value }));
  };

  return (
    <>
      <ErrorSummary state={errors.state} idPrefix="self" labels={labels} />
      {done ? <Notice tone="success">{done}</Notice> : null}
      {confirmedBySomeone ? <Notice>{t('development.answers.newVersionHint')}</Notice> : null}
      <form className="form" onSubmit={onSave} noValidate>
        {TEXT_FIELDS.slice(0, 2).map((field) => (
          <TextArea key={field} id={`self-${field}`} label={labels[field]} rows={3} value={answers[field] ?? ''} onChange={set(field)} error={errors.field(field)} />
        ))}
        <SelectField
          id="self-relevantLevel"
          label={labels.relevantLevel}
          hint={t('development.questions.relevantLevelHint')}
          value={answers.relevantLevel ?? ''}
          onChange={set('relevantLevel')}
          error={errors.field('relevantLevel')}
        >
          <option value="">{t('development.levels.notChosen')}</option>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`development.levels.${level}`)}
            </option>
          ))}
        </SelectField>
        {TEXT_FIELDS.slice(2).map((field) => (
          <TextArea key={field} id={`self-${field}`} label={labels[field]} rows={4} value={answers[field] ?? ''} onChange={set(field)} error={errors.field(field)} />
        ))}
        <div className="button-row">
          <Button type="submit" className="button button-secondary" isDisabled={save.isPending || submit.isPending}>
            {t('development.answers.save')}
          </Button>
          {current?.submittedAt ? null : (
            <Button className="button button-primary" onPress={onSubmit} isDisabled={save.isPending || submit.isPending}>
              {t('development.answers.submit')}
            </Button>
          )}
        </div>
      </form>
    </>
  );
}
