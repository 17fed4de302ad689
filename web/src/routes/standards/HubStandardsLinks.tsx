import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useHubStandards, useMyHubStandards } from '../../api/standards';
import { formatDate } from '../../components/format';

/** On the organisation's Regional hub page: the hub's recognitions of us and the way to its standards (consent in force only). */
export function MyHubRecognitions({ hubId }: { hubId: string }) {
  const { t, i18n } = useTranslation();
  const view = useMyHubStandards(hubId);
  const recognitions = view.data?.recognitions ?? [];
  return (
    <div>
      {recognitions.length > 0 ? (
        <ul>
          {recognitions.map((r) => (
            <li key={`${r.standardId}-${r.packVersion}`}>{t('standards.org.recognised', { name: r.standardName, version: r.packVersion, when: formatDate(r.metOn, i18n.language) })}</li>
          ))}
        </ul>
      ) : null}
      <p>
        <Link to="/admin/hub-standards">{t('standards.org.link')}</Link>
      </p>
    </div>
  );
}

/** On the hub's member list: what the hub recognised one member organisation for. */
export function MemberRecognitions({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const list = useHubStandards();
  const mine = (list.data?.recognitions ?? []).filter((r) => r.orgId === orgId);
  if (mine.length === 0) return <>—</>;
  return (
    <ul className="plain-list">
      {mine.map((r) => (
        <li key={`${r.standardId}-${r.packVersion}`}>{t('standards.hub.memberRecognised', { name: r.standardName, version: r.packVersion, when: formatDate(r.metOn, i18n.language) })}</li>
      ))}
    </ul>
  );
}
