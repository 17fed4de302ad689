import { useTranslation } from 'react-i18next';
import { type AuditProgress, useAuditProgress } from '../../../api/audit-progress';
import { localText } from '../../../api/wellbeing';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { errorTitle } from '../../../components/problem-text';
import { TableRegion } from '../../../components/TableRegion';
import { DomainRaiseAction } from '../../assessments/raise/DomainRaiseAction';

type Scope = AuditProgress['scopes'][number];

/**
 * The audit rolled up by the ten implementation domains: for each pack, a table with a row per
 * domain and a column per scope reviewed (the whole organisation, then units), each cell the share
 * of the domain's criteria rated green in the latest review beside the review before, and a last
 * row for how that review's actions went against their due dates. For org admins: a roll-up over
 * every review is theirs alone.
 */
export function AuditByDomain({ isAdmin }: { isAdmin: boolean }) {
  const { t, i18n } = useTranslation();
  const progress = useAuditProgress(isAdmin);
  if (!isAdmin) return <p>{t('outcomes.audit.adminsOnly')}</p>;
  if (progress.isPending) return <Loading />;
  if (progress.error) return <Notice tone="error">{errorTitle(t, progress.error)}</Notice>;
  const byPack = new Map<string, Scope[]>();
  for (const scope of progress.data.scopes) byPack.set(scope.packId, [...(byPack.get(scope.packId) ?? []), scope]);
  if (byPack.size === 0) return <p>{t('outcomes.audit.none')}</p>;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <>
      {[...byPack].map(([packId, scopes]) => {
        const captionId = `audit-${packId}`.replace(/[^A-Za-z0-9_-]/g, '-');
        const domains = scopes[0]!.latest.domains.map((d) => d.domain);
        return (
          <TableRegion key={packId} captionId={captionId}>
            <table className="table table-compact">
              <caption id={captionId}>{t('outcomes.audit.caption', { pack: localText(scopes[0]!.packTitle, i18n.language) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('outcomes.audit.domain')}</th>
                  {scopes.map((s) => (
                    <th key={s.unitId ?? 'org'} scope="col">
                      {s.unitName ?? t('outcomes.audit.wholeOrg')}
                      <span className="hint">
                        {' '}
                        {t('outcomes.audit.review')}: {s.latest.title}
                      </span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {domains.map((domain) => (
                  <tr key={domain}>
                    <th scope="row">{t(`outcomes.audit.domains.${domain}`)}</th>
                    {scopes.map((s) => {
                      const now = s.latest.domains.find((d) => d.domain === domain);
                      const was = s.previous?.domains.find((d) => d.domain === domain);
                      if (!now || now.greenShare === null) return <td key={s.unitId ?? 'org'}>{t('outcomes.audit.noCriteria')}</td>;
                      return (
                        <td key={s.unitId ?? 'org'}>
                          {t('outcomes.audit.cell', { share: percent.format(now.greenShare), criteria: now.criteria })}
                          {was?.greenShare != null ? ` ${t('outcomes.audit.was', { share: percent.format(was.greenShare) })}` : null}
                        </td>
                      );
                    })}
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t('outcomes.audit.actions')}</th>
                  {scopes.map((s) => {
                    const a = s.latest.actions;
                    return (
                      <td key={s.unitId ?? 'org'}>
                        {a.onTimeShare === null
                          ? t('outcomes.audit.actionsNone')
                          : t('outcomes.audit.actionsCell', { share: percent.format(a.onTimeShare), onTime: a.doneOnTime, late: a.doneLate, overdue: a.overdue })}
                      </td>
                    );
                  })}
                </tr>
              </tbody>
            </table>
          </TableRegion>
        );
      })}
      <DomainRaiseAction scopes={progress.data.scopes} />
    </>
  );
}
