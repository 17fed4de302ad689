import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { COURSE_FORMATS, type Course, type CourseFormat, type CourseInput, LEVELS, type Level, useSaveCourse } from '../../api/training';
import { announce } from '../../components/announcer';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextArea, TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { errorTitle, problemText } from '../../components/problem-text';

const EMPTY = { title: '', provider: '', hours: '', language: '', cost: '', accessibility: '', validForMonths: '' };

/** A course's details as the form's text fields hold them. */
const valuesOf = (course: Course): typeof EMPTY => ({
  title: course.title,
  provider: course.provider,
  hours: String(course.hours),
  language: course.language,
  cost: course.cost ?? '',
  accessibility: course.accessibility ?? '',
  validForMonths: course.validForMonths === null ? '' : String(course.validForMonths),
});

interface Props {
  /** The course to change; absent to add a new one. */
  course?: Course;
  /** Prefix of the fields' ids: the add form and the change dialog can be on the page together. */
  idPrefix?: string;
  /** After a change is saved, or on cancel (only offered when changing). */
  onDone?: (saved: Course | null) => void;
}

/**
 * Adds a course to the catalogue (it is offered to people once its quality review approves
 * it), or changes one, prefilled with its details.
 */
export function CourseForm({ course, idPrefix = 'course', onDone }: Props) {
  const { t } = useTranslation();
  const saveCourse = useSaveCourse();
  const errors = useFormErrors();
  const empty = EMPTY;
  const [v, setV] = useState(() => (course ? valuesOf(course) : EMPTY));
  const [levels, setLevels] = useState<string[]>(() => (course ? [...course.levels] : []));
  const [format, setFormat] = useState<CourseFormat>(course?.format ?? 'in-person');
  const set = (key: keyof typeof empty) => (value: string) => setV((s) => ({ ...s, [key]: value }));
  const labels = {
    title: t('training.course.title'),
    provider: t('training.course.provider'),
    levels: t('training.course.levels'),
    format: t('training.course.format'),
    hours: t('training.course.hours'),
    language: t('training.course.language'),
    cost: t('training.course.cost'),
    accessibility: t('training.course.accessibility'),
    validForMonths: t('training.course.validForMonths'),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: CourseInput = {
      title: v.title.trim(),
      provider: v.provider.trim(),
      levels: levels as Level[],
      format,
      hours: Number(v.hours.replace(',', '.')),
      language: v.language.trim(),
      cost: v.cost.trim() || null,
      accessibility: v.accessibility.trim() || null,
      validForMonths: v.validForMonths.trim() ? Number(v.validForMonths) : null,
    };
    errors.clear();
    saveCourse.mutate(
      { id: course?.id ?? null, input },
      {
        onSuccess: (saved) => {
          if (course) {
            announce(t('training.course.changed', { title: saved.title }));
            onDone?.(saved);
            return;
          }
          announce(t('training.course.added', { title: saved.title }));
          setV(empty);
          setLevels([]);
        },
        onError: (error) => errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p))),
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary state={errors.state} idPrefix={idPrefix} labels={labels} />
      <TextInput id={`${idPrefix}-title`} label={labels.title} value={v.title} onChange={set('title')} error={errors.field('title')} required />
      <TextInput id={`${idPrefix}-provider`} label={labels.provider} value={v.provider} onChange={set('provider')} error={errors.field('provider')} required />
      <ChoiceGroup id={`${idPrefix}-levels`} type="checkbox" legend={labels.levels} options={LEVELS.map((l) => ({ value: l, label: t(`training.levels.${l}`) }))} value={levels} onChange={setLevels} error={errors.field('levels')} />
      <SelectField id={`${idPrefix}-format`} label={labels.format} value={format} onChange={(f) => setFormat(f as CourseFormat)} error={errors.field('format')}>
        {COURSE_FORMATS.map((f) => (
          <option key={f} value={f}>
            {t(`training.formats.${f}`)}
          </option>
        ))}
      </SelectField>
      <TextInput id={`${idPrefix}-hours`} label={labels.hours} type="number" inputMode="decimal" min={0} step="0.5" className="input-short" value={v.hours} onChange={set('hours')} error={errors.field('hours')} required />
      <TextInput id={`${idPrefix}-language`} label={labels.language} value={v.language} onChange={set('language')} error={errors.field('language')} required />
      <TextInput id={`${idPrefix}-cost`} label={labels.cost} value={v.cost} onChange={set('cost')} error={errors.field('cost')} />
      <TextArea id={`${idPrefix}-accessibility`} label={labels.accessibility} hint={t('training.course.accessibilityHint')} rows={2} value={v.accessibility} onChange={set('accessibility')} error={errors.field('accessibility')} />
      <TextInput id={`${idPrefix}-validForMonths`} label={labels.validForMonths} hint={t('training.course.validHint')} type="number" inputMode="numeric" min={1} max={120} className="input-short" value={v.validForMonths} onChange={set('validForMonths')} error={errors.field('validForMonths')} />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={saveCourse.isPending}>
          {course ? t('training.course.saveChanges') : t('training.course.add')}
        </Button>
        {course ? (
          <Button className="button button-secondary" onPress={() => onDone?.(null)}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
