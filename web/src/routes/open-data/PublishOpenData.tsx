import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCollaborativePublications, usePublishOpenData } from '../../api/open-data';
import { useSession } from '../../api/session';
import { announce } from '../../components/announcer';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';

/**
 * A collaborative's open data on its hub page: what was published (each with its public page)
 * and, for a hub admin, publishing the figures the gate releases now, exact or with noise that
 * spends part of the hub's privacy budget. Says which kinds of figure go (survey and audit
 * sections, check-in bands) and, before publishing, that anyone may read them.
 */
export function PublishOpenData({ collaborativeId }: { collaborativeId: string }) {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const canPublish = me?.roles.includes('hub_admin') ?? false;
  const listed = useCollaborativePublications(collaborativeId);
  const publish = usePublishOpenData(collaborativeId);
  const errors = useFormErrors();
  const [draft, setDraft] = useState({ language: i18n.language.startsWith('es') ? 'es' : 'en', noise: 'exact', epsilon: '' });
  const labels = { language: t('openData.publish.language'), epsilon: t('openData.publish.epsilon') };
  const budget = listed.data?.budget;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    try {
      // a decimal comma is read as a point; anything not a number goes as written, for the server to name
      const typed = draft.epsilon.trim().replace(',', '.');
      const epsilon = typed !== '' && Number.isFinite(Number(typed)) ? Number(typed) : typed;
      const done = await publish.mutateAsync({ language: draft.language as 'en' | 'es', ...(draft.noise === 'noise' ? { epsilon } : {}) });
      announce(t('openData.publish.done', { version: done.version }));
      setDraft((d) => ({ ...d, noise: 'exact', epsilon: '' }));
    } catch (error) {
      errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p)));
    }
  };
  return (
    <section className="panel" aria-labelledby="open-data-heading">
      <h2 id="open-data-heading">{t('openData.publish.heading')}</h2>
      <p>{t('openData.publish.lead')}</p>
      <p>{t('openData.publish.kinds')}</p>
      {listed.isPending ? <Loading /> : null}
      {listed.error ? <Notice tone="error">{errorTitle(t, listed.error)}</Notice> : null}
      {listed.data && listed.data.publications.length === 0 ? <p>{t('openData.publish.none')}</p> : null}
      {listed.data && listed.data.publications.length > 0 ? (
        <ul>
          {listed.data.publications.map((p) => (
            <li key={p.id}>
              <Link to={`/open-data/${p.id}`}>{t('openData.publish.item', { version: p.version, date: formatDate(p.publishedAt.slice(0, 10), i18n.language) })}</Link>{' '}
              {p.epsilon === null ? t('openData.publish.itemExact') : t('openData.publish.itemNoise', { epsilon: p.epsilon })}
            </li>
          ))}
        </ul>
      ) : null}
      {canPublish ? (
        <form className="form" onSubmit={submit} noValidate>
          <h3>{t('openData.publish.formHeading')}</h3>
          <Notice tone="info">{t('openData.publish.whoSees')}</Notice>
          <ErrorSummary state={errors.state} idPrefix="open-data" labels={labels} />
          <SelectField id="open-data-language" label={labels.language} value={draft.language} onChange={(v) => setDraft((d) => ({ ...d, language: v }))} error={errors.field('language')}>
            <option value="en">English</option>
            <option value="es">Español</option>
          </SelectField>
          <ChoiceGroup
            id="open-data-noise"
            type="radio"
            legend={t('openData.publish.noiseLegend')}
            hint={budget ? t('openData.publish.budget', { remaining: budget.remaining, total: budget.total }) : undefined}
            value={draft.noise}
            onChange={(v) => setDraft((d) => ({ ...d, noise: v }))}
            options={[
              { value: 'exact', label: t('openData.publish.exact'), description: t('openData.publish.exactHint') },
              { value: 'noise', label: t('openData.publish.noise'), description: t('openData.publish.noiseHint') },
            ]}
          />
          {draft.noise === 'noise' ? (
            <TextInput
              id="open-data-epsilon"
              inputMode="decimal"
              label={t('form.requiredLabel', { label: labels.epsilon })}
              hint={t('openData.publish.epsilonHint')}
              required
              value={draft.epsilon}
              onChange={(v) => setDraft((d) => ({ ...d, epsilon: v }))}
              error={errors.field('epsilon')}
            />
          ) : null}
          <Button type="submit" className="button button-primary" isDisabled={publish.isPending}>
            {t('openData.publish.submit')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
