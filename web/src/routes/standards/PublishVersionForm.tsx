import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type HubStandard, usePublishStandardVersion, useStandardPacks, type VersionSource } from '../../api/standards';
import { announce } from '../../components/announcer';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextArea, TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { errorTitle, problemText } from '../../components/problem-text';

const NEW = 'new';

/**
 * A hub admin publishes a version: of a new standard (named here) or the next of one, from a pack
 * file (checked on the server exactly as `packs import` checks it: every problem listed with its
 * JSON path) or from an installed pack, with the hub's note of what changed.
 */
export function PublishVersionForm({ standards }: { standards: HubStandard[] }) {
  const { t, i18n } = useTranslation();
  const packs = useStandardPacks();
  const publish = usePublishStandardVersion();
  const errors = useFormErrors();
  const [standardId, setStandardId] = useState(NEW);
  const [name, setName] = useState('');
  const [from, setFrom] = useState<'upload' | 'installed'>('upload');
  const [file, setFile] = useState<File | null>(null);
  const [installed, setInstalled] = useState('');
  const [note, setNote] = useState('');
  const [fileKey, setFileKey] = useState(0);
  const labels = {
    standardId: t('standards.publish.standard'),
    name: t('standards.publish.name'),
    packText: t('standards.publish.file'),
    packVersion: t('standards.publish.installed'),
    note: t('standards.publish.note'),
  };
  const chosen = standards.find((s) => s.id === standardId);
  const choosable = (packs.data?.packs ?? []).filter((p) => !chosen || p.id === chosen.packId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    let source: VersionSource;
    if (from === 'upload') {
      if (!file) return errors.fail(t('standards.publish.fixTitle'), { packText: t('standards.publish.chooseFile') });
      source = { packText: await file.text() };
    } else {
      const [packId, packVersion] = installed.split('@');
      if (!packId || !packVersion) return errors.fail(t('standards.publish.fixTitle'), { packVersion: t('standards.publish.choosePack') });
      source = { packId, packVersion };
    }
    try {
      const done = await publish.mutateAsync({ standardId: chosen ? chosen.id : null, name, note, source });
      announce(t('standards.publish.done', { version: done.packVersion }));
      setName('');
      setNote('');
      setFile(null);
      setInstalled('');
      setFileKey((k) => k + 1);
    } catch (error) {
      const fields = fieldErrorsOf(error, (p) => (p.field.startsWith('$') ? `${p.field}: ${p.problem}` : problemText(t, p)));
      const packProblems = Object.keys(fields).filter((f) => f.startsWith('$')).length;
      if (packProblems > 0 && !fields.packText) fields.packText = t('standards.publish.packProblems', { count: packProblems });
      errors.fail(errorTitle(t, error), fields);
    }
  };

  const fileError = errors.field('packText');
  const packProblems = Object.entries(errors.state.fields).filter(([field]) => field.startsWith('$'));
  return (
    <section className="panel" aria-labelledby="publish-standard-heading">
      <h2 id="publish-standard-heading">{t('standards.publish.heading')}</h2>
      <p>{t('standards.publish.lead')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary state={errors.state} idPrefix="publish-standard" labels={labels} />
        <SelectField id="publish-standard-standardId" label={labels.standardId} value={standardId} onChange={setStandardId} error={errors.field('standardId')}>
          <option value={NEW}>{t('standards.publish.newStandard')}</option>
          {standards.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </SelectField>
        {chosen ? null : (
          <TextInput id="publish-standard-name" label={t('form.requiredLabel', { label: labels.name })} required value={name} onChange={setName} error={errors.field('name')} />
        )}
        <ChoiceGroup
          id="publish-standard-from"
          type="radio"
          legend={t('standards.publish.from')}
          value={from}
          onChange={(v) => setFrom(v as 'upload' | 'installed')}
          options={[
            { value: 'upload', label: t('standards.publish.fromUpload') },
            { value: 'installed', label: t('standards.publish.fromInstalled') },
          ]}
        />
        {from === 'upload' ? (
          <div className={fileError ? 'field field-invalid' : 'field'}>
            <label htmlFor="publish-standard-packText">{labels.packText}</label>
            <p className="field-hint" id="publish-standard-packText-hint">
              {t('standards.publish.fileHint')}
            </p>
            {fileError ? (
              <div className="field-error" id="publish-standard-packText-error">
                <p>{fileError}</p>
                {packProblems.length > 0 ? (
                  <ul>
                    {packProblems.map(([field, problem]) => (
                      <li key={field}>{problem}</li>
                    ))}
                  </ul>
                ) : null}
              </div>
            ) : null}
            <input
              key={fileKey}
              id="publish-standard-packText"
              type="file"
              accept=".json,application/json"
              aria-describedby={fileError ? 'publish-standard-packText-hint publish-standard-packText-error' : 'publish-standard-packText-hint'}
              aria-invalid={fileError ? true : undefined}
              onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            />
          </div>
        ) : (
          <SelectField id="publish-standard-packVersion" label={t('form.requiredLabel', { label: labels.packVersion })} required value={installed} onChange={setInstalled} error={errors.field('packVersion')}>
            <option value="">{t('standards.publish.choosePack')}</option>
            {choosable.map((p) => (
              <option key={`${p.id}@${p.version}`} value={`${p.id}@${p.version}`}>
                {t('standards.publish.packOption', { title: p.title[i18n.language] ?? p.title.en ?? p.id, id: p.id, version: p.version })}
              </option>
            ))}
          </SelectField>
        )}
        <TextArea id="publish-standard-note" label={t('form.requiredLabel', { label: labels.note })} hint={t('standards.publish.noteHint')} required value={note} onChange={setNote} error={errors.field('note')} />
        <Button type="submit" className="button button-primary" isDisabled={publish.isPending}>
          {t('standards.publish.submit')}
        </Button>
      </form>
    </section>
  );
}
