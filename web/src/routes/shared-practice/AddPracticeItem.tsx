import { type FormEvent, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type NewItem, type PracticeKind, useAddItem } from '../../api/shared-practice';
import { announce } from '../../components/announcer';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea, TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { errorTitle, problemText } from '../../components/problem-text';

const EMPTY = { title: '', url: '', text: '', naming: '' };

/**
 * Adds to the library: a link, a short practice story (its author chooses whether it names their
 * organisation, and may change it later) or a document (pdf, odt, docx or txt, at most 5 MB; the
 * server checks what the file really is). Errors are named by field, from the server.
 */
export function AddPracticeItem({ base }: { base: string }) {
  const { t } = useTranslation();
  const add = useAddItem(base);
  const errors = useFormErrors();
  const [kind, setKind] = useState<PracticeKind>('link');
  const [draft, setDraft] = useState(EMPTY);
  const [file, setFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const isHub = base.startsWith('/api/v1/hub/');
  const labels = {
    title: t('sharedPractice.add.titleField'),
    url: t('sharedPractice.add.url'),
    text: t('sharedPractice.add.text'),
    nameOrganisation: t('sharedPractice.add.naming'),
    file: t('sharedPractice.add.file'),
  };
  const input = (): NewItem => {
    if (kind === 'link') return { kind, title: draft.title, url: draft.url };
    if (kind === 'story') return { kind, title: draft.title, text: draft.text, nameOrganisation: isHub || draft.naming === 'named' };
    return { kind, title: draft.title, file };
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    // the choice is the author's to make, not a default to slip past
    if (kind === 'story' && !isHub && !draft.naming) {
      errors.fail(t('sharedPractice.add.fix'), { nameOrganisation: t('sharedPractice.add.namingMissing') });
      return;
    }
    if (kind === 'document' && !file) {
      errors.fail(t('sharedPractice.add.fix'), { file: t('sharedPractice.add.fileMissing') });
      return;
    }
    try {
      await add.mutateAsync(input());
      announce(t('sharedPractice.add.done', { title: draft.title }));
      setDraft(EMPTY);
      setFile(null);
      if (fileInput.current) fileInput.current.value = '';
    } catch (error) {
      errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p)));
    }
  };
  const set = (key: keyof typeof EMPTY) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const fileError = errors.field('file');
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="practice-add-heading">
      <h3 id="practice-add-heading">{t('sharedPractice.add.heading')}</h3>
      <ErrorSummary state={errors.state} idPrefix="practice-add" labels={labels} />
      <ChoiceGroup
        id="practice-add-kind"
        type="radio"
        legend={t('sharedPractice.add.kind')}
        value={kind}
        onChange={(v) => {
          setKind(v as PracticeKind);
          errors.clear();
        }}
        options={(['link', 'story', 'document'] as const).map((k) => ({ value: k, label: t(`sharedPractice.kind.${k}`) }))}
      />
      <TextInput id="practice-add-title" label={t('form.requiredLabel', { label: labels.title })} required value={draft.title} onChange={set('title')} error={errors.field('title')} />
      {kind === 'link' ? (
        <TextInput id="practice-add-url" type="url" label={t('form.requiredLabel', { label: labels.url })} hint={t('sharedPractice.add.urlHint')} required value={draft.url} onChange={set('url')} error={errors.field('url')} />
      ) : null}
      {kind === 'story' ? (
        <>
          <TextArea id="practice-add-text" label={t('form.requiredLabel', { label: labels.text })} hint={t('sharedPractice.add.textHint')} required rows={6} value={draft.text} onChange={set('text')} error={errors.field('text')} />
          {isHub ? (
            <p className="hint">{t('sharedPractice.add.hubStory')}</p>
          ) : (
            <ChoiceGroup
              id="practice-add-nameOrganisation"
              type="radio"
              legend={t('form.requiredLabel', { label: labels.nameOrganisation })}
              hint={t('sharedPractice.add.namingHint')}
              value={draft.naming || null}
              onChange={set('naming')}
              error={errors.field('nameOrganisation')}
              options={[
                { value: 'named', label: t('sharedPractice.add.named') },
                { value: 'unnamed', label: t('sharedPractice.add.unnamed') },
              ]}
            />
          )}
        </>
      ) : null}
      {kind === 'document' ? (
        <div className={fileError ? 'field field-invalid' : 'field'}>
          <label htmlFor="practice-add-file">{t('form.requiredLabel', { label: labels.file })}</label>
          <div className="field-hint" id="practice-add-file-hint">
            {t('sharedPractice.add.fileHint')}
          </div>
          {fileError ? (
            <p className="field-error" id="practice-add-file-error">
              {fileError}
            </p>
          ) : null}
          <input
            ref={fileInput}
            id="practice-add-file"
            type="file"
            accept=".pdf,.odt,.docx,.txt,application/pdf,application/vnd.oasis.opendocument.text,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
            required
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? 'practice-add-file-hint practice-add-file-error' : 'practice-add-file-hint'}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
      ) : null}
      <Button type="submit" className="button button-primary" isDisabled={add.isPending}>
        {t('sharedPractice.add.submit')}
      </Button>
    </form>
  );
}
