import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useDescribeCollaborative } from '../../api/collaborative-timeline';
import type { Collaborative } from '../../api/collaboratives';
import { announce } from '../../components/announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea, TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { ModalDialog } from '../../components/ModalDialog';
import { errorTitle, problemText } from '../../components/problem-text';

/** A hub admin changes the collaborative's name and purpose (what its member organisations read about it). */
export function DescribeCollaborative({ collaborative: c }: { collaborative: Collaborative }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="toolbar">
      <Button className="button button-secondary" onPress={() => setOpen(true)}>
        {t('collaboratives.describe.open')}
      </Button>
      <ModalDialog isOpen={open} onClose={() => setOpen(false)} title={t('collaboratives.describe.open')}>
        <DescribeForm collaborative={c} onDone={() => setOpen(false)} />
      </ModalDialog>
    </div>
  );
}

function DescribeForm({ collaborative: c, onDone }: { collaborative: Collaborative; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useDescribeCollaborative(c.id);
  const errors = useFormErrors();
  const [draft, setDraft] = useState({ name: c.name, purpose: c.purpose });
  const labels = { name: t('collaboratives.start.name'), purpose: t('collaboratives.start.purpose') };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    try {
      await save.mutateAsync(draft);
      announce(t('collaboratives.describe.saved'));
      onDone();
    } catch (error) {
      errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p)));
    }
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary state={errors.state} idPrefix="describe" labels={labels} />
      <TextInput id="describe-name" required label={t('form.requiredLabel', { label: labels.name })} value={draft.name} onChange={(v) => setDraft((d) => ({ ...d, name: v }))} error={errors.field('name')} />
      <TextArea id="describe-purpose" label={labels.purpose} value={draft.purpose} onChange={(v) => setDraft((d) => ({ ...d, purpose: v }))} error={errors.field('purpose')} />
      <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
        {t('collaboratives.describe.save')}
      </Button>
    </form>
  );
}
