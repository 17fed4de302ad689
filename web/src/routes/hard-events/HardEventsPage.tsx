import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HARD_EVENT_CATEGORIES, type HardEventCategory, useHardEvents, useRecordHardEvent, useReferralRequests } from '../../api/hard-events';
import { useSession } from '../../api/session';
import { useUnits } from '../../api/units';
import { announce } from '../../components/announcer';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { SelectField, TextInput } from '../../components/fields';
import { fieldErrorsOf } from '../../components/form-errors';
import { formatDate, formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { PeopleSearchPicker } from '../../components/PeopleSearchPicker';
import type { PickedPerson } from '../../components/PersonSearchSelect';
import { errorTitle, problemText } from '../../components/problem-text';
import { HardEventFiguresSection } from './HardEventFiguresSection';

/**
 * Recording a hard event and following the offers it led to. Only a kind and a day are asked
 * for, and the page says why; the events list and referral requests carry nothing more.
 */
export function HardEventsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <Page title={t('hardEvents.manage.title')} lead={<p>{t('hardEvents.manage.lead')}</p>}>
      <RecordForm />
      <EventList />
      <ReferralList />
      {me?.roles.includes('org_admin') ? <HardEventFiguresSection /> : null}
    </Page>
  );
}

function RecordForm() {
  const { t } = useTranslation();
  const { me } = useSession();
  const units = useUnits();
  const record = useRecordHardEvent();
  const mayName = me?.roles.some((r) => r === 'supervisor' || r === 'org_admin') ?? false;
  const [category, setCategory] = useState<HardEventCategory | ''>('');
  const [occurredOn, setOccurredOn] = useState('');
  const [who, setWho] = useState<'team' | 'people'>('team');
  const [unitId, setUnitId] = useState('');
  const [people, setPeople] = useState<PickedPerson[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const teams = (units.data?.units ?? []).filter((u) => u.kind === 'team');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setProblem(null);
    setRecorded(null);
    const input = {
      category: category as HardEventCategory,
      occurredOn,
      ...(who === 'team' ? { unitId } : { personIds: people.map((p) => p.id) }),
    };
    record.mutate(input, {
      onSuccess: (event) => {
        const message = t('hardEvents.manage.recorded', { count: event.offered.length });
        setRecorded(message);
        announce(message);
        setCategory('');
        setOccurredOn('');
        setPeople([]);
      },
      onError: (error) => {
        const fields = fieldErrorsOf(error, (p) => problemText(t, p));
        setErrors(fields);
        setProblem(errorTitle(t, error));
      },
    });
  };

  return (
    <section className="panel" aria-labelledby="he-record-heading">
      <h2 id="he-record-heading">{t('hardEvents.manage.recordHeading')}</h2>
      <p>{t('hardEvents.manage.noDetail')}</p>
      {recorded ? <Notice tone="success">{recorded}</Notice> : null}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <form className="form" onSubmit={onSubmit} noValidate>
        <SelectField id="he-category" label={t('hardEvents.manage.category')} value={category} onChange={(v) => setCategory(v as HardEventCategory)} error={errors.category} required>
          <option value="">{t('hardEvents.manage.chooseCategory')}</option>
          {HARD_EVENT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`hardEvents.categories.${c}`)}
            </option>
          ))}
        </SelectField>
        <TextInput
          id="he-occurred-on"
          type="date"
          label={t('hardEvents.manage.occurredOn')}
          hint={t('hardEvents.manage.occurredOnHint')}
          value={occurredOn}
          onChange={setOccurredOn}
          error={errors.occurredOn}
          required
        />
        {mayName ? (
          <ChoiceGroup
            type="radio"
            id="he-who"
            legend={t('hardEvents.manage.who')}
            value={who}
            onChange={(v) => setWho(v as 'team' | 'people')}
            options={[
              { value: 'team', label: t('hardEvents.manage.whoTeam') },
              { value: 'people', label: t('hardEvents.manage.whoPeople') },
            ]}
          />
        ) : null}
        {who === 'team' ? (
          <SelectField id="he-team" label={t('hardEvents.manage.team')} value={unitId} onChange={setUnitId} error={errors.unitId} required>
            <option value="">{t('hardEvents.manage.chooseTeam')}</option>
            {teams.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </SelectField>
        ) : (
          <PeopleSearchPicker
            idPrefix="he-people"
            legend={t('hardEvents.manage.people')}
            hint={t('hardEvents.manage.peopleHint')}
            value={people}
            onChange={setPeople}
            error={errors.personIds ?? errors['personIds.0']}
          />
        )}
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={record.isPending}>
            {t('hardEvents.manage.record')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function EventList() {
  const { t, i18n } = useTranslation();
  const events = useHardEvents();
  const list = events.data?.events ?? [];
  return (
    <section className="panel" aria-labelledby="he-events-heading">
      <h2 id="he-events-heading">{t('hardEvents.manage.eventsHeading')}</h2>
      <p>{t('hardEvents.manage.eventsLead')}</p>
      {events.isPending ? <Loading /> : null}
      {events.error ? <Notice tone="error">{errorTitle(t, events.error)}</Notice> : null}
      {events.data && list.length === 0 ? <p>{t('hardEvents.manage.none')}</p> : null}
      {list.length > 0 ? (
        <ul className="he-events">
          {list.map((e) => (
            <li key={e.id}>
              <Link to={`/hard-events/${e.id}`}>{t('hardEvents.manage.eventLink', { category: t(`hardEvents.categories.${e.category}`), date: formatDate(e.occurredOn, i18n.language) })}</Link>
              <span className="hint">
                {' · '}
                {e.unitName ? t('hardEvents.manage.forTeam', { team: e.unitName }) : t('hardEvents.manage.forPeople')}
                {' · '}
                {t('hardEvents.manage.offeredCount', { count: e.peopleOffered })}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function ReferralList() {
  const { t, i18n } = useTranslation();
  const referrals = useReferralRequests();
  const list = referrals.data?.referralRequests ?? [];
  return (
    <section className="panel" aria-labelledby="he-referrals-heading">
      <h2 id="he-referrals-heading">{t('hardEvents.manage.referralsHeading')}</h2>
      <p>{t('hardEvents.manage.referralsLead')}</p>
      {referrals.isPending ? <Loading /> : null}
      {referrals.error ? <Notice tone="error">{errorTitle(t, referrals.error)}</Notice> : null}
      {referrals.data && list.length === 0 ? <p>{t('hardEvents.manage.noReferrals')}</p> : null}
      {list.length > 0 ? (
        <ul>
          {list.map((r) => (
            <li key={`${r.personId}-${r.requestedAt}`}>{t('hardEvents.manage.referralAsked', { name: r.name, when: formatDateTime(r.requestedAt, i18n.language) })}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
