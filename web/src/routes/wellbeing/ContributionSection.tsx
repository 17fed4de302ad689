import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useOverview, useSaveContribution } from '../../api/wellbeing';
import { announce } from '../../components/announcer';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';

/**
 * The person's choice to let their check-in results count in the organisation's figures: what it
 * means in one sentence before they choose, off unless they turn it on, and changed back at any
 * time (from then on, they are left out).
 */
export function ContributionSection() {
  const { t } = useTranslation();
  const overview = useOverview();
  const save = useSaveContribution();
  const stored = overview.data?.contributesToFigures;
  // the stored choice until the person picks another: no render with neither option chosen, and
  // no save button that flips from disabled to enabled once the overview arrives
  const [picked, setPicked] = useState<string | null>(null);
  const choice = picked ?? (stored === undefined ? null : stored ? 'on' : 'off');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (choice === null) return;
    save.mutate(choice === 'on', { onSuccess: (r) => announce(t(r.contributesToFigures ? 'wellbeing.contribution.savedOn' : 'wellbeing.contribution.savedOff')) });
  };
  return (
    <section className="panel" aria-labelledby="contribution-heading">
      <h2 id="contribution-heading">{t('wellbeing.contribution.heading')}</h2>
      <p>{t('wellbeing.contribution.explain')}</p>
      {save.error ? <Notice tone="error">{errorTitle(t, save.error)}</Notice> : null}
      {save.isSuccess ? <Notice tone="success">{t(save.data.contributesToFigures ? 'wellbeing.contribution.savedOn' : 'wellbeing.contribution.savedOff')}</Notice> : null}
      {stored === undefined ? (
        <Loading />
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          <ChoiceGroup
            type="radio"
            id="contribution"
            legend={t('wellbeing.contribution.legend')}
            value={choice}
            onChange={setPicked}
            options={[
              { value: 'off', label: t('wellbeing.contribution.off') },
              { value: 'on', label: t('wellbeing.contribution.on'), description: t('wellbeing.contribution.onHint') },
            ]}
          />
          <div className="button-row">
            <Button type="submit" className="button button-primary" isDisabled={save.isPending || choice === null}>
              {t('wellbeing.contribution.save')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
