import { type FormEvent, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type ReminderPreference, usePreferences, useSavePreferences } from '../../api/reminders';
import { announce } from '../../components/announcer';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';

/** The Settings page's section: each kind of reminder on or off, in Tend and by email. */
export function ReminderSettings() {
  const { t } = useTranslation();
  const stored = usePreferences();
  const save = useSavePreferences();
  const [choices, setChoices] = useState<ReminderPreference[]>([]);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (stored.data) setChoices(stored.data.preferences);
  }, [stored.data]);

  const change = (kind: ReminderPreference['kind'], way: 'inApp' | 'email', on: boolean) => {
    setSaved(false);
    setChoices((all) => all.map((p) => (p.kind === kind ? { ...p, [way]: on } : p)));
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    save.mutate(choices, {
      onSuccess: () => {
        setSaved(true);
        announce(t('reminders.settings.saved'));
      },
    });
  };

  return (
    <section className="panel" aria-labelledby="reminders-settings-heading" id="reminders-settings">
      <h2 id="reminders-settings-heading">{t('reminders.settings.title')}</h2>
      <p>{t('reminders.settings.lead')}</p>
      {stored.isPending ? <Loading /> : null}
      {stored.error ? <Notice tone="error">{errorTitle(t, stored.error)}</Notice> : null}
      {choices.length > 0 ? (
        <form className="form" onSubmit={onSubmit} noValidate>
          {saved ? <Notice tone="success">{t('reminders.settings.saved')}</Notice> : null}
          {save.error ? <Notice tone="error">{errorTitle(t, save.error)}</Notice> : null}
          <TableRegion captionId="reminder-choices-caption">
            <table className="reminder-choices">
              <caption id="reminder-choices-caption" className="visually-hidden">
                {t('reminders.settings.title')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('reminders.settings.kind')}</th>
                  <th scope="col">{t('reminders.settings.inApp')}</th>
                  <th scope="col">{t('reminders.settings.email')}</th>
                </tr>
              </thead>
              <tbody>
                {choices.map((p) => {
                  const name = t(`reminders.kinds.${p.kind}.name`);
                  return (
                    <tr key={p.kind}>
                      <th scope="row">
                        {name}
                        <span className="choice-description">{t(`reminders.kinds.${p.kind}.hint`)}</span>
                      </th>
                      <td>
                        <input type="checkbox" id={`reminder-${p.kind}-in-app`} aria-label={t('reminders.settings.inAppFor', { kind: name })} checked={p.inApp} onChange={(e) => change(p.kind, 'inApp', e.target.checked)} />
                      </td>
                      <td>
                        <input type="checkbox" id={`reminder-${p.kind}-email`} aria-label={t('reminders.settings.emailFor', { kind: name })} checked={p.email} onChange={(e) => change(p.kind, 'email', e.target.checked)} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableRegion>
          <div className="button-row">
            <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
              {t('reminders.settings.save')}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
