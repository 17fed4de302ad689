import { type FormEvent, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { ANNOUNCEMENT_KINDS, type Announcement, type AnnouncementKind, useAnnouncements, useMarkRead, usePublishAnnouncement, useReadCounts } from '../../api/voice';
import { announce } from '../../components/announcer';
import { SelectField, TextArea, TextInput } from '../../components/fields';
import { fieldErrorsOf } from '../../components/form-errors';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle, problemText } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';
import './voice.css';

/**
 * Announcements of policy, hiring and resource changes (C.2). Anyone may say "I have read this"
 * where it is offered; admins publish, and see how many read each only as the privacy gate
 * releases it, per unit — never who.
 */
export function AnnouncementsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const isAdmin = me?.roles.includes('org_admin') ?? false;
  const announcements = useAnnouncements();
  const list = announcements.data?.announcements ?? [];
  return (
    <Page title={t('voice.announcements.title')} lead={<p>{t('voice.announcements.lead')}</p>}>
      {isAdmin ? <PublishForm /> : null}
      <section className="panel" aria-labelledby="announcements-heading">
        <h2 id="announcements-heading">{t('voice.announcements.listHeading')}</h2>
        {announcements.isPending ? <Loading /> : null}
        {announcements.error ? <Notice tone="error">{errorTitle(t, announcements.error)}</Notice> : null}
        {announcements.data && list.length === 0 ? <p>{t('voice.announcements.none')}</p> : null}
        <ul className="voice-list">
          {list.map((a) => (
            <AnnouncementItem key={a.id} announcement={a} isAdmin={isAdmin} />
          ))}
        </ul>
      </section>
    </Page>
  );
}

function AnnouncementItem({ announcement: a, isAdmin }: { announcement: Announcement; isAdmin: boolean }) {
  const { t, i18n } = useTranslation();
  const mark = useMarkRead();
  // shown at once, put back if the server refuses: a box that waits for the round trip feels broken
  const [read, setRead] = useState(a.readByMe);
  useEffect(() => setRead(a.readByMe), [a.readByMe]);
  const [showCounts, setShowCounts] = useState(false);
  const headingId = `announcement-${a.id}-heading`;
  return (
    <li className="voice-item" aria-labelledby={headingId}>
      <h3 id={headingId}>{a.title}</h3>
      <p className="voice-meta">
        <span className="voice-status">{t(`voice.announcementKind.${a.kind}`)}</span>{' '}
        {a.publishedBy ? t('voice.announcements.publishedBy', { name: a.publishedBy, when: formatDateTime(a.publishedAt, i18n.language) }) : formatDateTime(a.publishedAt, i18n.language)}
      </p>
      <p className="voice-body">{a.body}</p>
      {a.asksRead ? (
        <div className="field">
          <div className="choice">
            <input
              id={`read-${a.id}`}
              type="checkbox"
              checked={read}
              aria-describedby={`read-${a.id}-hint`}
              onChange={(event) => {
                const next = event.target.checked;
                setRead(next);
                mark.mutate(
                  { id: a.id, read: next },
                  { onSuccess: () => announce(t(next ? 'voice.announcements.marked' : 'voice.announcements.unmarked')), onError: () => setRead(!next) },
                );
              }}
            />
            <div className="choice-text">
              <label htmlFor={`read-${a.id}`}>{t('voice.announcements.iHaveRead', { title: a.title })}</label>
              <p className="choice-description" id={`read-${a.id}-hint`}>
                {t('voice.announcements.readHint')}
              </p>
            </div>
          </div>
        </div>
      ) : null}
      {isAdmin && a.asksRead ? (
        <div>
          <Button className="button button-secondary" aria-expanded={showCounts} onPress={() => setShowCounts((s) => !s)}>
            {showCounts ? t('voice.counts.hide', { title: a.title }) : t('voice.counts.show', { title: a.title })}
          </Button>
          {showCounts ? <ReadCountsTable id={a.id} title={a.title} /> : null}
        </div>
      ) : null}
    </li>
  );
}

function ReadCountsTable({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation();
  const counts = useReadCounts(id);
  if (counts.isPending) return <Loading />;
  if (counts.error) return <Notice tone="error">{errorTitle(t, counts.error)}</Notice>;
  const data = counts.data;
  if (data.withheld) return <Notice>{t('voice.counts.withheld', { min: data.minGroupSize })}</Notice>;
  return (
    <TableRegion captionId={`counts-${id}-caption`}>
      <table>
        <caption id={`counts-${id}-caption`}>{t('voice.counts.caption', { title, min: data.minGroupSize })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('voice.counts.group')}</th>
            <th scope="col">{t('voice.counts.readers')}</th>
          </tr>
        </thead>
        <tbody>
          {data.groups.map((g) => (
            <tr key={g.unitId ?? 'all'}>
              <th scope="row" style={{ paddingLeft: `${0.5 + g.depth}rem` }}>
                {g.name}
              </th>
              <td>{g.status === 'released' ? g.readers : t(`voice.counts.${g.reason === 'small-group' ? 'smallGroup' : 'protectsAnother'}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function PublishForm() {
  const { t } = useTranslation();
  const publish = usePublishAnnouncement();
  const [kind, setKind] = useState<AnnouncementKind>('policy');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [asksRead, setAsksRead] = useState(true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setDone(false);
    const problems: Record<string, string> = {};
    if (!title.trim()) problems.title = t('voice.publish.titleMissing');
    if (!body.trim()) problems.body = t('voice.publish.bodyMissing');
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      document.getElementById(problems.title ? 'announcement-title' : 'announcement-body')?.focus();
      return;
    }
    publish.mutate(
      { kind, title, body, asksRead },
      {
        onSuccess: () => {
          setTitle('');
          setBody('');
          setDone(true);
          announce(t('voice.publish.done'));
        },
        onError: (error) => {
          setFailure(errorTitle(t, error));
          setErrors(fieldErrorsOf(error, (p) => problemText(t, p)));
        },
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="publish-heading">
      <h2 id="publish-heading">{t('voice.publish.heading')}</h2>
      <p>{t('voice.publish.whoSees')}</p>
      <form className="form" onSubmit={onSubmit} noValidate>
        {failure ? <Notice tone="error">{failure}</Notice> : null}
        {done ? <Notice tone="success">{t('voice.publish.done')}</Notice> : null}
        <SelectField id="announcement-kind" label={t('voice.publish.kind')} value={kind} onChange={(v) => setKind(v as AnnouncementKind)}>
          {ANNOUNCEMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`voice.announcementKind.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextInput id="announcement-title" label={t('voice.publish.titleLabel')} value={title} error={errors.title} onChange={setTitle} />
        <TextArea id="announcement-body" label={t('voice.publish.bodyLabel')} hint={t('voice.calm')} rows={5} value={body} error={errors.body} onChange={setBody} />
        <div className="field">
          <div className="choice">
            <input id="announcement-asks-read" type="checkbox" checked={asksRead} aria-describedby="announcement-asks-read-hint" onChange={(e) => setAsksRead(e.target.checked)} />
            <div className="choice-text">
              <label htmlFor="announcement-asks-read">{t('voice.publish.asksRead')}</label>
              <p className="choice-description" id="announcement-asks-read-hint">
                {t('voice.publish.asksReadHint')}
              </p>
            </div>
          </div>
        </div>
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={publish.isPending}>
            {t('voice.publish.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
