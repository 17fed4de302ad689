import { type FormEvent, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { PROFILE_PARTS, type Profile, useOverview, useSaveProfile } from '../../api/wellbeing';
import { announce } from '../../components/announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea } from '../../components/fields';
import { useFormErrors } from '../../components/form-errors';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';
import { ApiError } from '../../api/client';
import { WellbeingPage, WhoSees } from './WellbeingPage';

type Part = (typeof PROFILE_PARTS)[number];
const toText = (entries: string[]) => entries.join('\n');
const toEntries = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The profile of strengths and vulnerabilities (S.ind.4): four lists in the person's own words,
 * one entry a line, each with prompts to start from. Every part may stay empty.
 */
export function ProfilePage() {
  const { t } = useTranslation();
  const overview = useOverview();
  const save = useSaveProfile();
  const errors = useFormErrors();
  const [texts, setTexts] = useState<Record<Part, string> | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    const p = overview.data?.profile;
    if (p && texts === null) setTexts(Object.fromEntries(PROFILE_PARTS.map((part) => [part, toText(p[part])])) as Record<Part, string>);
  }, [overview.data, texts]);

  const labels = Object.fromEntries(PROFILE_PARTS.map((part) => [part, t(`wellbeing.profile.parts.${part}.label`)]));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!texts) return;
    setSaved(false);
    const profile = Object.fromEntries(PROFILE_PARTS.map((part) => [part, toEntries(texts[part])])) as unknown as Profile;
    save.mutate(profile, {
      onSuccess: () => {
        errors.clear();
        setSaved(true);
        announce(t('wellbeing.profile.saved'));
      },
      onError: (error) => {
        // a problem in one entry ("strengths.2") belongs to its part's field
        const fields: Record<string, string> = {};
        if (error instanceof ApiError) for (const p of error.problems) fields[p.field.split('.')[0] ?? p.field] ??= problemText(t, p);
        errors.fail(errorTitle(t, error), fields);
      },
    });
  };

  return (
    <WellbeingPage title={t('wellbeing.profile.title')} lead={<p>{t('wellbeing.profile.lead')}</p>}>
      <WhoSees />
      {overview.isPending ? <Loading /> : null}
      {overview.error ? <Notice tone="error">{errorTitle(t, overview.error)}</Notice> : null}
      {texts ? (
        <section className="panel" aria-labelledby="profile-heading">
          <h2 id="profile-heading">{t('wellbeing.profile.heading')}</h2>
          <p>{t('wellbeing.profile.howTo')}</p>
          <ErrorSummary state={errors.state} idPrefix="profile" labels={labels} />
          {saved ? <Notice tone="success">{t('wellbeing.profile.saved')}</Notice> : null}
          <form className="form" onSubmit={onSubmit} noValidate>
            {PROFILE_PARTS.map((part) => (
              <TextArea
                key={part}
                id={`profile-${part}`}
                label={labels[part]}
                hint={
                  <ul>
                    {(t(`wellbeing.profile.parts.${part}.prompts`, { returnObjects: true }) as string[]).map((prompt) => (
                      <li key={prompt}>{prompt}</li>
                    ))}
                  </ul>
                }
                rows={4}
                value={texts[part]}
                error={errors.field(part)}
                onChange={(value) => {
                  setSaved(false);
                  setTexts((x) => (x ? { ...x, [part]: value } : x));
                }}
              />
            ))}
            <div className="button-row">
              <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
                {t('wellbeing.profile.save')}
              </Button>
            </div>
          </form>
        </section>
      ) : null}
    </WellbeingPage>
  );
}
