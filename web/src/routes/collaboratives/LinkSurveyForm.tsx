import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCycles } from '../../api/assessments';
import { useLinkSurvey } from '../../api/collaboratives';
import { announce } from '../../components/announcer';
import { SelectField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';

/**
 * Links one of the organisation's whole-organisation staff surveys of the timepoint's pack to
 * it. Only such surveys are offered (the server refuses others too); once its results are
 * released, the figures the survey's own gate showed go to the hub, nothing else.
 */
export function LinkSurveyForm({ hubId, timepointId, timepointLabel, packId }: { hubId: string; timepointId: string; timepointLabel: string; packId: string | null }) {
  const { t } = useTranslation();
  const cycles = useCycles();
  const link = useLinkSurvey(hubId);
  const [cycleId, setCycleId] = useState('');
  const surveys = (cycles.data?.pages ?? []).flatMap((p) => p.cycles).filter((c) => c.mode === 'staff-survey' && c.unitId === null && (packId === null || c.packId === packId));
  const id = `link-${timepointId}`;
  if (cycles.isSuccess && surveys.length === 0) {
    return (
      <p className="hint">
        {/* a timepoint that names its questions is opened in one step beside this (OpenTimepointSurvey) */}
        {packId ? t('collaboratives.link.noSurveyYet') : t('collaboratives.link.noSurvey')}{' '}
        {packId ? null : <Link to="/admin/assessments">{t('collaboratives.link.openOne', { timepoint: timepointLabel })}</Link>}
      </p>
    );
  }
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!cycleId) return;
        link.mutate({ timepointId, cycleId }, { onSuccess: ({ contributed }) => announce(t('collaboratives.link.done', { count: contributed })) });
      }}
    >
      <SelectField id={id} label={t('collaboratives.link.label', { timepoint: timepointLabel })} value={cycleId} onChange={setCycleId}>
        <option value="">{t('collaboratives.link.choose')}</option>
        {surveys.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
          </option>
        ))}
      </SelectField>
      <Button type="submit" className="button button-secondary" isDisabled={!cycleId || link.isPending}>
        {t('collaboratives.link.submit')}
      </Button>
      {link.error ? <Notice tone="error">{errorTitle(t, link.error)}</Notice> : null}
    </form>
  );
}
