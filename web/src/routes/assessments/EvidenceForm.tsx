import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_MAX_BYTES, type Evidence, type EvidenceInput, useAddEvidence } from '../../api/assessments';
import { announce } from '../../components/announcer';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea, TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { errorTitle, problemText } from '../../components/problem-text';
import { formatSize } from './common';

/** Evidence for one criterion: a short description, a link, or a file (its size shown, the limit stated). */
export function EvidenceForm({ cycleId, criterionId }: { cycleId: string; criterionId: string }) {
  const { t, i18n } = useTranslation();
  const add = useAddEvidence(cycleId);
  const errors = useFormErrors();
  const idPrefix = `evidence-${criterionId.replace(/\W/g, '-')}`;
  const [kind, setKind] = useState<Evidence['kind']>('text');
  const [body, setBody] = useState('');
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const limit = formatSize(EVIDENCE_MAX_BYTES, i18n.language);
  const labels = { kind: t('assessments.review.evidenceKind'), body: t('assessments.review.evidenceText'), url: t('assessments.review.evidenceUrl'), file: t('assessments.review.evidenceFile') };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (kind === 'text' && !body.trim()) problems.body = t('assessments.review.textNeeded');
    if (kind === 'link' && !/^https?:\/\/\S+$/.test(url.trim())) problems.url = t('assessments.review.urlNeeded');
    if (kind === 'file' && !file) problems.file = t('assessments.review.fileNeeded');
    if (kind === 'file' && file && file.size > EVIDENCE_MAX_BYTES) problems.file = t('assessments.review.fileTooBig', { size: formatSize(file.size, i18n.language), limit });
    if (Object.keys(problems).length > 0) {
      errors.fail(t('assessments.review.evidenceProblems'), problems);
      return;
    }
    errors.clear();
    const input: EvidenceInput =
      kind === 'text'
        ? { criterionId, kind, body: body.trim() }
        : kind === 'link'
          ? { criterionId, kind, url: url.trim(), body: body.trim() || undefined }
          : { criterionId, kind, file: file as File };
    add.mutate(input, {
      onSuccess: () => {
        announce(t('assessments.review.evidenceAdded', { id: criterionId }));
        setBody('');
        setUrl('');
        setFile(null);
      },
      onError: (error) => errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p))),
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('assessments.review.addEvidenceFor', { id: criterionId })}>
      <ErrorSummary state={errors.state} idPrefix={idPrefix} labels={labels} />
      <ChoiceGroup
        id={`${idPrefix}-kind`}
        type="radio"
        legend={labels.kind}
        value={kind}
        onChange={(k) => setKind(k as Evidence['kind'])}
        options={(['text', 'link', 'file'] as const).map((k) => ({ value: k, label: t(`assessments.review.kind.${k}`) }))}
      />
      {kind === 'link' ? (
        <TextInput id={`${idPrefix}-url`} label={labels.url} hint={t('assessments.review.evidenceUrlHint')} type="url" value={url} onChange={setUrl} error={errors.field('url')} required />
      ) : null}
      {kind === 'file' ? (
        <div className={errors.field('file') ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${idPrefix}-file`}>{labels.file}</label>
          <p className="field-hint" id={`${idPrefix}-file-hint`}>
            {t('assessments.review.evidenceFileHint', { limit })}
          </p>
          {errors.field('file') ? (
            <p className="field-error" id={`${idPrefix}-file-error`}>
              {errors.field('file')}
            </p>
          ) : null}
          <input
            id={`${idPrefix}-file`}
            type="file"
            aria-describedby={[`${idPrefix}-file-hint`, file ? `${idPrefix}-file-chosen` : null, errors.field('file') ? `${idPrefix}-file-error` : null].filter(Boolean).join(' ')}
            aria-invalid={errors.field('file') ? true : undefined}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          {file ? (
            <p className="meta" id={`${idPrefix}-file-chosen`}>
              {t('assessments.review.fileChosen', { name: file.name, size: formatSize(file.size, i18n.language) })}
            </p>
          ) : null}
        </div>
      ) : (
        <TextArea
          id={`${idPrefix}-body`}
          label={kind === 'link' ? t('assessments.review.linkNote') : labels.body}
          rows={2}
          value={body}
          onChange={setBody}
          error={errors.field('body')}
          required={kind === 'text'}
        />
      )}
      <div className="button-row">
        <Button type="submit" className="button button-secondary" isDisabled={add.isPending}>
          {t('assessments.review.saveEvidence')}
        </Button>
      </div>
    </form>
  );
}
