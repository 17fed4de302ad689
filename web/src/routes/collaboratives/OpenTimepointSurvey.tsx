import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useOpenTimepointSurvey } from '../../api/collaboratives';
import { announce } from '../../components/announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { ModalDialog } from '../../components/ModalDialog';
import { errorTitle, problemText } from '../../components/problem-text';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const inDays = (n: number) => isoDay(new Date(Date.now() + n * 86_400_000));
// two weeks is what a survey usually stays open; the admin changes it in the form
const DEFAULT_OPEN_DAYS = 14;

/**
 * Opens the staff survey a timepoint asks for, straight from the collaborative's page: the
 * timepoint's questions, everyone in the organisation, the admin's title and days, linked to the
 * timepoint in the same step. The dialog says what the hub will and will not receive first.
 */
export function OpenTimepointSurvey({ hubId, collaborativeName, timepoint }: { hubId: string; collaborativeName: string; timepoint: { id: string; label: string } }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <Button className="button button-secondary" onPress={() => setOpen(true)}>
        {t('collaboratives.openSurvey.button', { timepoint: timepoint.label })}
      </Button>
      <ModalDialog isOpen={isOpen} onClose={() => setOpen(false)} title={t('collaboratives.openSurvey.title', { timepoint: timepoint.label })}>
        <OpenSurveyForm hubId={hubId} timepoint={timepoint} defaultTitle={`${collaborativeName}: ${timepoint.label}`} onDone={() => setOpen(false)} />
      </ModalDialog>
    </>
  );
}

function OpenSurveyForm({ hubId, timepoint, defaultTitle, onDone }: { hubId: string; timepoint: { id: string; label: string }; defaultTitle: string; onDone: () => void }) {
  const { t } = useTranslation();
  const open = useOpenTimepointSurvey(hubId);
  const errors = useFormErrors();
  const [draft, setDraft] = useState({ title: defaultTitle, opensOn: inDays(0), closesOn: inDays(DEFAULT_OPEN_DAYS) });
  const labels = { title: t('collaboratives.openSurvey.surveyTitle'), opensOn: t('collaboratives.openSurvey.opensOn'), closesOn: t('collaboratives.openSurvey.closesOn') };
  const field = (name: keyof typeof draft, type = 'text') => (
    <TextInput id={`open-survey-${name}`} type={type} required label={t('form.requiredLabel', { label: labels[name] })} value={draft[name]} onChange={(v) => setDraft((d) => ({ ...d, [name]: v }))} error={errors.field(name)} />
  );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    try {
      await open.mutateAsync({ timepointId: timepoint.id, ...draft });
      announce(t('collaboratives.openSurvey.done', { title: draft.title.trim(), timepoint: timepoint.label }));
      onDone();
    } catch (error) {
      errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p)));
    }
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{t('collaboratives.openSurvey.what')}</p>
      <p className="hint">{t('collaboratives.openSurvey.hubSees')}</p>
      <ErrorSummary state={errors.state} idPrefix="open-survey" labels={labels} />
      {field('title')}
      {field('opensOn', 'date')}
      {field('closesOn', 'date')}
      <Button type="submit" className="button button-primary" isDisabled={open.isPending}>
        {t('collaboratives.openSurvey.submit')}
      </Button>
    </form>
  );
}
