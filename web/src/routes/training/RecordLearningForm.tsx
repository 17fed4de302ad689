import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type Course, LEVELS, type Level, type TrainingInput, useRecordTraining } from '../../api/training';
import { announce } from '../../components/announcer';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextArea, TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { errorTitle, problemText } from '../../components/problem-text';

const OTHER = 'other';
const today = () => new Date().toISOString().slice(0, 10);

/** Record a catalogue course (its hours and levels come from the catalogue) or other learning. */
export function RecordLearningForm({ personId, courses }: { personId: string; courses: Course[] }) {
  const { t } = useTranslation();
  const record = useRecordTraining(personId);
  const errors = useFormErrors();
  const [courseId, setCourseId] = useState<string>(courses[0]?.id ?? OTHER);
  const [title, setTitle] = useState('');
  const [completedOn, setCompletedOn] = useState(today());
  const [hours, setHours] = useState('');
  const [levels, setLevels] = useState<string[]>([]);
  const [expiresOn, setExpiresOn] = useState('');
  const [evidenceNote, setEvidenceNote] = useState('');
  const other = courseId === OTHER;
  const labels = {
    courseId: t('training.form.course'),
    title: t('training.form.title'),
    completedOn: t('training.form.completedOn'),
    hours: t('training.form.hours'),
    levels: t('training.form.levels'),
    expiresOn: t('training.form.expiresOn'),
    evidenceNote: t('training.form.evidence'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = courses.find((c) => c.id === courseId);
    const input: TrainingInput = {
      courseId: other ? null : courseId,
      title: other ? title.trim() : null,
      completedOn,
      hours: other ? Number(hours.replace(',', '.')) : (chosen?.hours ?? 0),
      levels: other ? (levels as Level[]) : [],
      expiresOn: expiresOn || null,
      evidenceNote: evidenceNote.trim() || null,
    };
    const local: Record<string, string> = {};
    if (other && !input.title) local.title = t('training.form.titleNeeded');
    if (other && (hours.trim() === '' || !Number.isFinite(input.hours))) local.hours = t('training.form.hoursNeeded');
    if (!completedOn) local.completedOn = t('training.form.dateNeeded');
    if (Object.keys(local).length > 0) return errors.fail(t('form.fixFields', { count: Object.keys(local).length }), local);
    errors.clear();
    record.mutate(input, {
      onSuccess: (saved) => {
        announce(t('training.form.saved', { title: saved.title }));
        setTitle('');
        setHours('');
        setLevels([]);
        setExpiresOn('');
        setEvidenceNote('');
      },
      onError: (error) => errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p))),
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary state={errors.state} idPrefix="learning" labels={labels} />
      <SelectField id="learning-courseId" label={labels.courseId} hint={t('training.form.courseHint')} value={courseId} onChange={setCourseId} error={errors.field('courseId')}>
        {courses.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
        <option value={OTHER}>{t('training.form.otherLearning')}</option>
      </SelectField>
      {other ? (
        <>
          <TextInput id="learning-title" label={labels.title} value={title} onChange={setTitle} error={errors.field('title')} required />
          <TextInput id="learning-hours" label={labels.hours} type="number" inputMode="decimal" min={0} step="0.5" className="input-short" value={hours} onChange={setHours} error={errors.field('hours')} required />
          <ChoiceGroup
            id="learning-levels"
            type="checkbox"
            legend={labels.levels}
            hint={t('training.form.levelsHint')}
            options={LEVELS.map((l) => ({ value: l, label: t(`training.levels.${l}`) }))}
            value={levels}
            onChange={setLevels}
            error={errors.field('levels')}
          />
        </>
      ) : null}
      <TextInput id="learning-completedOn" label={labels.completedOn} type="date" value={completedOn} onChange={setCompletedOn} error={errors.field('completedOn')} required />
      <TextInput id="learning-expiresOn" label={labels.expiresOn} hint={t('training.form.expiresHint')} type="date" value={expiresOn} onChange={setExpiresOn} error={errors.field('expiresOn')} />
      <TextArea id="learning-evidenceNote" label={labels.evidenceNote} hint={t('training.form.evidenceHint')} rows={3} value={evidenceNote} onChange={setEvidenceNote} error={errors.field('evidenceNote')} />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={record.isPending}>
          {t('training.form.save')}
        </Button>
      </div>
    </form>
  );
}
