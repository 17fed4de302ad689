import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamCoverage } from '../../api/training';
import { BarChart } from '../../components/charts/BarChart';
import { percentOf } from '../../components/charts/chart-geometry';
import { formatDate } from '../../components/format';
import { TableRegion } from '../../components/TableRegion';
import { CoverageTableView } from './CoverageTableView';

interface Props {
  data: TeamCoverage;
  /** Prefix of the headings' and tables' ids. */
  id: string;
  /** h2 panels on a page of their own; h3 parts inside another page's section. */
  headingLevel: 2 | 3;
}

/** The coverage table, one row per person, and training to renew: a manager's team or, for admins, one unit. */
export function TeamCoverageView({ data: d, id, headingLevel }: Props) {
  const { t, i18n } = useTranslation();
  const level = (l: string | null) => (l ? t(`training.levels.${l}`) : t('training.none'));
  const renewals = d.people.flatMap((p) => p.expiring.map((r) => ({ ...r, person: p.name })));
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const part = (name: string, title: string, children: ReactNode) =>
    headingLevel === 2 ? (
      <section className="panel" aria-labelledby={`${id}-${name}-heading`}>
        <Heading id={`${id}-${name}-heading`}>{title}</Heading>
        {children}
      </section>
    ) : (
      <div>
        <Heading id={`${id}-${name}-heading`}>{title}</Heading>
        {children}
      </div>
    );

  return (
    <>
      {part(
        'table',
        t('training.team.tableTitle'),
        <BarChart
          id={`${id}-levels-chart`}
          title={t('training.words.levelsChartTitle')}
          summary={t('training.team.summary', { met: d.table.met, placed: d.table.placed })}
          max={100}
          rows={d.table.rows.map((row) => {
            const percent = percentOf(row.met, row.people);
            return {
              key: row.level,
              label: t(`training.levels.${row.level}`),
              parts: [{ key: 'met', label: t('training.coverage.met'), value: percent, tone: 1 }],
              valueText: t('training.words.barValue', { percent, met: row.met, placed: row.people }),
            };
          })}
          table={<CoverageTableView id={`${id}-coverage`} table={d.table} caption={t('training.team.tableCaption')} />}
        />,
      )}
      {part(
        'people',
        t('training.team.peopleTitle'),
        <TableRegion captionId={`${id}-people-caption`}>
          <table>
            <caption id={`${id}-people-caption`}>{t('training.team.peopleCaption', { count: d.people.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('training.team.name')}</th>
                <th scope="col">{t('training.team.kind')}</th>
                <th scope="col">{t('training.team.required')}</th>
                <th scope="col">{t('training.team.completed')}</th>
                <th scope="col">{t('training.team.status')}</th>
              </tr>
            </thead>
            <tbody>
              {d.people.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td>{t(`training.kinds.${p.kind}`)}</td>
                  <td>{p.required ? level(p.required) : t('training.team.notPlaced')}</td>
                  <td>{level(p.completed)}</td>
                  <td>{t(`training.team.statuses.${p.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>,
      )}
      {part(
        'renewals',
        t('training.team.renewalsTitle'),
        renewals.length === 0 ? (
          <p>{t('training.team.noRenewals')}</p>
        ) : (
          <ul className="plain-list">
            {renewals.map((r) => (
              <li key={r.id}>
                {t(`training.team.renewal.${r.validity}`, { person: r.person, title: r.title, date: r.expiresOn ? formatDate(r.expiresOn, i18n.language) : '' })}
              </li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
