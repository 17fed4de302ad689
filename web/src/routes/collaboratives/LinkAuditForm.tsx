import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useCycles } from '../../api/assessments';
import { useLinkAudit } from '../../api/collaboratives';
import { announce } from '../../components/announcer';
import { SelectField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';

/**
 * Links one of the organisation's closed audits (a team review of the whole organisation) to a
 * timepoint. Only such reviews are offered (the server refuses others too, naming why); what
 * goes to the hub is said before choosing: per section, how many criteria were rated and how,
 * and how many reviewers — never who they are or their evidence and comments.
 */
export function LinkAuditForm({ hubId, timepointId, timepointLabel }: { hubId: string; timepointId: string; timepointLabel: string }) {
  const { t } = useTranslation();
  const cycles = useCycles();
  const link = useLinkAudit(hubId);
  const [cycleId, setCycleId] = useState('');
  const audits = (cycles.data?.pages ?? []).flatMap((p) => p.cycles).filter((c) => c.mode === 'team-review' && c.unitId === null && c.status === 'closed');
  const id = `audit-${timepointId}`;
  if (cycles.isSuccess && audits.length === 0) return <p className="hint">{t('contributions.audit.none')}</p>;
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!cycleId) return;
        link.mutate({ timepointId, cycleId }, { onSuccess: ({ contributed }) => announce(t('contributions.audit.done', { count: contributed })) });
      }}
    >
      <SelectField id={id} label={t('contributions.audit.label', { timepoint: timepointLabel })} hint={t('contributions.audit.leaves')} value={cycleId} onChange={setCycleId}>
        <option value="">{t('contributions.audit.choose')}</option>
        {audits.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </SelectField>
      <Button type="submit" className="button button-secondary" isDisabled={!cycleId || link.isPending}>
        {t('contributions.audit.submit')}
      </Button>
      {link.error ? <Notice tone="error">{errorTitle(t, link.error)}</Notice> : null}
    </form>
  );
}
