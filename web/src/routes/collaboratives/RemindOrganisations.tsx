import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useRemindOrganisations } from '../../api/collaborative-timeline';
import type { Collaborative } from '../../api/collaboratives';
import { announce } from '../../components/announcer';
import { SelectField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';

/**
 * A hub admin reminds, now, the admins of member organisations that have shared no figures for a
 * staff-survey timepoint (once per timepoint per day); the hub is told only how many organisations.
 */
export function RemindOrganisations({ collaborative: c }: { collaborative: Collaborative }) {
  const { t } = useTranslation();
  const remind = useRemindOrganisations();
  const asking = c.timepoints.filter((tp) => tp.kinds.includes('staff-survey'));
  const [timepointId, setTimepointId] = useState('');
  const [result, setResult] = useState<string | null>(null);
  if (asking.length === 0 || c.members.length === 0) return null;
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!timepointId) return;
        setResult(null);
        remind.mutate(timepointId, {
          onSuccess: ({ organisations, notReached }) => {
            const done = t('collaboratives.remind.done', { count: organisations });
            // calm and actionable: the hub may press again today for those the mail did not reach
            const text = notReached > 0 ? `${done} ${t('collaboratives.remind.notReached', { count: notReached })}` : done;
            setResult(text);
            announce(text);
          },
        });
      }}
    >
      <SelectField id="remind-timepointId" label={t('collaboratives.remind.label')} hint={t('collaboratives.remind.hint')} value={timepointId} onChange={setTimepointId}>
        <option value="">{t('collaboratives.remind.choose')}</option>
        {asking.map((tp) => (
          <option key={tp.id} value={tp.id}>
            {tp.label}
          </option>
        ))}
      </SelectField>
      <Button type="submit" className="button button-secondary" isDisabled={!timepointId || remind.isPending}>
        {t('collaboratives.remind.submit')}
      </Button>
      {result ? <Notice tone="success">{result}</Notice> : null}
      {remind.error ? <Notice tone="error">{errorTitle(t, remind.error)}</Notice> : null}
    </form>
  );
}
