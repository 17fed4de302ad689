import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../api/people';
import { ABSENCE_REASONS, type AbsenceReason, LEAVE_REASONS, type LeaveReason, useRecordAbsence, useRecordMove, WORKER_KINDS, type WorkerKind } from '../../api/workforce';
import { announce } from '../../components/announcer';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { formatDate } from '../../components/format';
import { errorTitle, problemText } from '../../components/problem-text';
import { PersonSearchSelect } from '../../components/PersonSearchSelect';
import { weekdaysBetween } from './weekdays';

const ID = 'hr-event';
type What = 'start' | 'leave' | 'absence';
const EMPTY = { on: '', workerKind: '', leaveReason: '', firstDay: '', lastDay: '', workingDaysLost: '', reason: '' };

/**
 * Records one HR event of one person: a start, a leave or an absence. Every field is a native
 * control with a visible label; problems, the browser's or the server's, sit by their field and
 * in a summary that takes focus.
 */
export function RecordHrEventForm() {
  const { t, i18n } = useTranslation();
  const recordMove = useRecordMove();
  const recordAbsence = useRecordAbsence();
  const errors = useFormErrors();
  const [person, setPerson] = useState<Pick<Person, 'id' | 'name' | 'kind'> | null>(null);
  const [what, setWhat] = useState<What | null>(null);
  const [v, setV] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY) => (value: string) => setV((s) => ({ ...s, [key]: value }));
  const busy = recordMove.isPending || recordAbsence.isPending;
  const labels: Record<string, string> = {
    personId: t('workforce.form.person'),
    kind: t('workforce.form.what'),
    on: what === 'leave' ? t('workforce.form.lastDayOfWork') : t('workforce.form.firstDayOfWork'),
    workerKind: t('workforce.form.workerKind'),
    leaveReason: t('workforce.form.leaveReason'),
    firstDay: t('workforce.form.firstDay'),
    lastDay: t('workforce.form.lastDay'),
    workingDaysLost: t('workforce.form.workingDaysLost'),
    reason: t('workforce.form.reason'),
    unitId: t('workforce.form.unit'),
  };

  const localProblems = () => {
    const p: Record<string, string> = {};
    if (!person) p.personId = t('workforce.form.personNeeded');
    if (!what) p.kind = t('workforce.form.whatNeeded');
    if (what === 'start' || what === 'leave') {
      if (!v.on) p.on = t('workforce.form.dateNeeded');
      if (what === 'leave' && !v.leaveReason) p.leaveReason = t('workforce.form.leaveReasonNeeded');
    }
    if (what === 'absence') {
      if (!v.firstDay) p.firstDay = t('workforce.form.dateNeeded');
      if (!v.lastDay) p.lastDay = t('workforce.form.dateNeeded');
      else if (v.firstDay && v.lastDay < v.firstDay) p.lastDay = t('workforce.form.lastBeforeFirst');
      if (v.workingDaysLost.trim() !== '' && !Number.isFinite(Number(v.workingDaysLost.replace(',', '.')))) p.workingDaysLost = t('workforce.form.daysNeeded');
      if (!v.reason) p.reason = t('workforce.form.reasonNeeded');
    }
    return p;
  };

  const done = (saved: { day: string }) => {
    announce(t('workforce.form.saved', { name: person?.name ?? '', what: t(`workforce.kinds.${what}`), date: formatDate(saved.day, i18n.language) }));
    setV(EMPTY);
  };
  const failed = (error: unknown) => errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = localProblems();
    if (Object.keys(problems).length > 0) return errors.fail(t('form.fixFields', { count: Object.keys(problems).length }), problems);
    errors.clear();
    if (!person || !what) return;
    if (what === 'absence') {
      const days = v.workingDaysLost.trim() === '' ? null : Number(v.workingDaysLost.replace(',', '.'));
      recordAbsence.mutate(
        { personId: person.id, input: { firstDay: v.firstDay, lastDay: v.lastDay, workingDaysLost: days, reason: v.reason as AbsenceReason } },
        { onSuccess: done, onError: failed },
      );
    } else {
      const input = { kind: what, on: v.on, workerKind: (v.workerKind || null) as WorkerKind | null, leaveReason: what === 'leave' ? (v.leaveReason as LeaveReason) : null };
      recordMove.mutate({ personId: person.id, input }, { onSuccess: done, onError: failed });
    }
  };

  const counted = v.firstDay && v.lastDay && v.lastDay >= v.firstDay ? weekdaysBetween(v.firstDay, v.lastDay) : null;
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary state={errors.state} idPrefix={ID} labels={labels} />
      <PersonSearchSelect idPrefix={ID} value={person} onChange={setPerson} error={errors.field('personId')} />
      <ChoiceGroup
        id={`${ID}-kind`}
        type="radio"
        legend={t('form.requiredLabel', { label: labels.kind })}
        value={what}
        onChange={(w) => setWhat(w as What)}
        error={errors.field('kind')}
        options={(['start', 'leave', 'absence'] as const).map((w) => ({ value: w, label: t(`workforce.form.whatOptions.${w}`) }))}
      />
      {what === 'start' || what === 'leave' ? (
        <>
          <TextInput id={`${ID}-on`} label={t('form.requiredLabel', { label: labels.on })} type="date" value={v.on} onChange={set('on')} error={errors.field('on')} required />
          <SelectField id={`${ID}-workerKind`} label={labels.workerKind} hint={t('workforce.form.workerKindHint')} value={v.workerKind} onChange={set('workerKind')} error={errors.field('workerKind')}>
            <option value="">{person ? t('workforce.form.asOnRecord', { kind: t(`kinds.${person.kind}`) }) : t('workforce.form.asOnRecordNobody')}</option>
            {WORKER_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </SelectField>
        </>
      ) : null}
      {what === 'leave' ? (
        <SelectField id={`${ID}-leaveReason`} label={t('form.requiredLabel', { label: labels.leaveReason })} value={v.leaveReason} onChange={set('leaveReason')} error={errors.field('leaveReason')} required>
          <option value="">{t('workforce.form.chooseReason')}</option>
          {LEAVE_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`workforce.leaveReasons.${r}`)}
            </option>
          ))}
        </SelectField>
      ) : null}
      {what === 'absence' ? (
        <>
          <div className="field-pair">
            <TextInput id={`${ID}-firstDay`} label={t('form.requiredLabel', { label: labels.firstDay })} type="date" value={v.firstDay} onChange={set('firstDay')} error={errors.field('firstDay')} required />
            <TextInput id={`${ID}-lastDay`} label={t('form.requiredLabel', { label: labels.lastDay })} type="date" value={v.lastDay} onChange={set('lastDay')} error={errors.field('lastDay')} required />
          </div>
          <TextInput
            id={`${ID}-workingDaysLost`}
            label={labels.workingDaysLost}
            hint={counted === null ? t('workforce.form.workingDaysHint') : t('workforce.form.workingDaysCounted', { count: counted })}
            inputMode="decimal"
            className="input-short"
            value={v.workingDaysLost}
            onChange={set('workingDaysLost')}
            error={errors.field('workingDaysLost')}
          />
          <SelectField id={`${ID}-reason`} label={t('form.requiredLabel', { label: labels.reason })} value={v.reason} onChange={set('reason')} error={errors.field('reason')} required>
            <option value="">{t('workforce.form.chooseReason')}</option>
            {ABSENCE_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`workforce.absenceReasons.${r}`)}
              </option>
            ))}
          </SelectField>
        </>
      ) : null}
      <p className="hint">{t('workforce.form.unitNote')}</p>
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={busy}>
          {t('workforce.form.save')}
        </Button>
      </div>
    </form>
  );
}
