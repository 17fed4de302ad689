import { type FormEvent, type ReactNode, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../api/people';
import { announce } from '../../../components/announcer';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextInput } from '../../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../../components/form-errors';
import { Notice } from '../../../components/Notice';
import { errorTitle, problemText } from '../../../components/problem-text';
import { PersonSearchSelect } from '../../../components/PersonSearchSelect';

export interface ActionBasics {
  title: string;
  ownerPersonId: string;
  dueOn: string;
}

interface Props {
  /** the id prefix of every field (`${id}-${field}`), so the error summary links to each */
  id: string;
  /** labels of the fields that say which figure (the children), by the field names the server uses */
  sourceLabels: Record<string, string>;
  /** problems with the figure fields, checked before anything is sent */
  sourceProblems: () => Record<string, string>;
  /** the fields that say which figure; given each field's problem */
  children: (fieldError: (field: string) => string | undefined) => ReactNode;
  /** sends the action; resolves once raised */
  raise: (basics: ActionBasics) => Promise<unknown>;
  pending: boolean;
}

/**
 * Raising an action from a released figure, wherever the figure is shown (workforce figures,
 * survey results, the audit by domain): the fields that say which figure come from the page,
 * the rest is the same everywhere — what will be done, its owner found by search, a due date —
 * with problems, the page's or the server's, by their field and in a summary that takes focus.
 */
export function RaiseActionForm({ id, sourceLabels, sourceProblems, children, raise, pending }: Props) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [owner, setOwner] = useState<Pick<Person, 'id' | 'name' | 'kind'> | null>(null);
  const [raised, setRaised] = useState<string | null>(null);
  const labels = { ...sourceLabels, title: t('figureActions.actionTitle'), ownerPersonId: t('figureActions.owner'), dueOn: t('figureActions.dueOn') };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = sourceProblems();
    if (!title.trim()) problems.title = t('figureActions.titleNeeded');
    if (!owner) problems.ownerPersonId = t('figureActions.ownerNeeded');
    if (!dueOn) problems.dueOn = t('figureActions.dueNeeded');
    if (Object.keys(problems).length > 0 || !owner) return errors.fail(t('form.fixFields', { count: Object.keys(problems).length }), problems);
    errors.clear();
    const trimmed = title.trim();
    try {
      await raise({ title: trimmed, ownerPersonId: owner.id, dueOn });
      announce(t('figureActions.raised', { title: trimmed }));
      setRaised(trimmed);
      setTitle('');
    } catch (error) {
      setRaised(null);
      errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p)));
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <ErrorSummary state={errors.state} idPrefix={id} labels={labels} />
      {raised ? <Notice tone="success">{t('figureActions.raised', { title: raised })}</Notice> : null}
      {children(errors.field)}
      <TextInput id={`${id}-title`} label={t('form.requiredLabel', { label: labels.title })} hint={t('figureActions.titleHint')} value={title} onChange={setTitle} error={errors.field('title')} maxLength={300} required />
      <PersonSearchSelect idPrefix={id} field="ownerPersonId" label={labels.ownerPersonId} searchLabel={t('figureActions.findOwner')} value={owner} onChange={setOwner} error={errors.field('ownerPersonId')} />
      <TextInput id={`${id}-dueOn`} label={t('form.requiredLabel', { label: labels.dueOn })} type="date" value={dueOn} onChange={setDueOn} error={errors.field('dueOn')} required />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={pending}>
          {t('figureActions.raise')}
        </Button>
      </div>
    </form>
  );
}
