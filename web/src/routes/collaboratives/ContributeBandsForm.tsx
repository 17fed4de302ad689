import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useContributeBands } from '../../api/collaboratives';
import { announce } from '../../components/announcer';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';

/** The quarter a day falls in ('2027-Q1'): the period whose check-ins a timepoint's band counts are made of (as the server reckons it). */
export const quarterOf = (day: string) => `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;

/**
 * The organisation's admin chooses to send its check-in band counts for a timepoint. Exactly what
 * leaves is said beside the button, before it is pressed: for the timepoint's quarter, how many of
 * the people who chose to count their check-ins fell in each band, for the whole organisation,
 * and only if the organisation's own privacy check shows that figure — never anyone's check-in.
 */
export function ContributeBandsForm({ hubId, timepointId, dueOn }: { hubId: string; timepointId: string; dueOn: string }) {
  const { t } = useTranslation();
  const send = useContributeBands(hubId);
  const [nothing, setNothing] = useState(false);
  const statementId = useId();
  const quarter = quarterOf(dueOn);
  return (
    <div className="inline-form">
      <p id={statementId} className="hint">
        {t('contributions.bands.leaves', { quarter })}
      </p>
      <Button
        className="button button-secondary"
        aria-describedby={statementId}
        isDisabled={send.isPending}
        onPress={() =>
          send.mutate(
            { timepointId },
            {
              onSuccess: ({ contributed }) => {
                // nothing sent is said in the notice below (a status region, read out on its own)
                setNothing(contributed === 0);
                if (contributed > 0) announce(t('contributions.bands.done', { count: contributed }));
              },
            },
          )
        }
      >
        {t('contributions.bands.submit')}
      </Button>
      {nothing ? <Notice tone="info">{t('contributions.bands.nothing')}</Notice> : null}
      {send.error ? <Notice tone="error">{errorTitle(t, send.error)}</Notice> : null}
    </div>
  );
}
