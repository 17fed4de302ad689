import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type MyHub, useMyHubs } from '../../api/hub';
import { type MyHubStandard, useMyHubStandards } from '../../api/standards';
import { formatDate, formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { PackDiffList } from './PackDiffList';

/**
 * For an organisation's admins: the standards each hub it consented to publishes, which version
 * the organisation runs (read from what it stored), what changed up to the newest (the hub's
 * notes and the computed difference), how it can adopt the newer one, and the hub's recognitions.
 */
export function OrgHubStandardsPage() {
  const { t } = useTranslation();
  const hubs = useMyHubs();
  const consented = (hubs.data?.memberships ?? []).filter((m) => m.status === 'consented');
  return (
    <Page title={t('standards.org.title')} lead={<p>{t('standards.org.lead')}</p>}>
      {hubs.isPending ? <Loading /> : null}
      {hubs.error ? <Notice tone="error">{errorTitle(t, hubs.error)}</Notice> : null}
      {hubs.data && consented.length === 0 ? (
        <p>
          {t('standards.org.noHub')} <Link to="/admin/regional-hub">{t('standards.org.toRegionalHub')}</Link>
        </p>
      ) : null}
      {consented.map((m) => (
        <HubStandardsOf key={m.hubId} hub={m} />
      ))}
    </Page>
  );
}

function HubStandardsOf({ hub }: { hub: MyHub }) {
  const { t, i18n } = useTranslation();
  const view = useMyHubStandards(hub.hubId);
  const headingId = `hub-standards-${hub.hubId}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{hub.hubName}</h2>
      {view.isPending ? <Loading /> : null}
      {view.error ? <Notice tone="error">{errorTitle(t, view.error)}</Notice> : null}
      {view.data ? (
        <>
          <h3>{t('standards.org.recognitionsHeading')}</h3>
          {view.data.recognitions.length === 0 ? <p>{t('standards.org.noRecognitions')}</p> : null}
          <ul>
            {view.data.recognitions.map((r) => (
              <li key={`${r.standardId}-${r.packVersion}`}>
                {t('standards.org.recognised', { name: r.standardName, version: r.packVersion, when: formatDate(r.metOn, i18n.language) })}
                {r.note ? ` ${t('standards.org.recognitionNote', { note: r.note })}` : null}
              </li>
            ))}
          </ul>
          {view.data.standards.length === 0 ? <p>{t('standards.org.none')}</p> : null}
          {view.data.standards.map((s) => (
            <Standard key={s.id} standard={s} />
          ))}
        </>
      ) : null}
    </section>
  );
}

function Standard({ standard: s }: { standard: MyHubStandard }) {
  const { t, i18n } = useTranslation();
  const id = `standard-${s.id}`;
  const behind = s.changes.length > 0;
  return (
    <article aria-labelledby={id}>
      <h3 id={id}>{s.name}</h3>
      <p>{t('standards.hub.backedBy', { title: s.title?.[i18n.language] ?? s.title?.en ?? s.packId, id: s.packId, kind: t(`standards.kind.${s.kind}`) })}</p>
      <p>
        <strong>{s.usedVersion ? t('standards.org.uses', { version: s.usedVersion }) : t('standards.org.usesNone')}</strong>{' '}
        {t('standards.org.newest', { version: s.newestVersion })}
      </p>
      <p>{t(s.kind === 'framework' ? 'standards.org.fromFramework' : 'standards.org.fromCycles')}</p>
      {behind ? (
        <>
          <h4>{t('standards.org.changesHeading', { version: s.newestVersion })}</h4>
          <ol>
            {s.changes.map((c) => (
              <li key={c.packVersion}>
                <strong>{t('standards.org.changeVersion', { version: c.packVersion, when: formatDateTime(c.publishedAt, i18n.language) })}</strong> {c.note}
              </li>
            ))}
          </ol>
        </>
      ) : (
        <p>{t('standards.org.upToDate')}</p>
      )}
      {s.diff ? (
        <>
          <h4>{t('standards.org.diffHeading', { from: s.usedVersion, to: s.newestVersion })}</h4>
          <PackDiffList diff={s.diff} idPrefix={id} />
        </>
      ) : null}
      {behind ? (
        s.adoption === 'next-cycle' ? (
          <p>
            {t('standards.org.adoptNextCycle', { version: s.nextCycleVersion ?? s.newestVersion })} <Link to="/admin/assessments">{t('standards.org.openCycle')}</Link>
          </p>
        ) : (
          <p>{t('standards.org.adoptNotChoosable')}</p>
        )
      ) : null}
    </article>
  );
}
