import { useTranslation } from 'react-i18next';
import type { CoverageTable } from '../../api/training';
import { TableRegion } from '../../components/TableRegion';

/** People by the level they must reach, and how many have completed it. */
export function CoverageTableView({ table, id, caption }: { table: CoverageTable; id: string; caption: string }) {
  const { t } = useTranslation();
  return (
    <TableRegion captionId={`${id}-caption`}>
      <table>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('training.coverage.level')}</th>
            <th scope="col">{t('training.coverage.people')}</th>
            <th scope="col">{t('training.coverage.met')}</th>
            <th scope="col">{t('training.coverage.gaps')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.level}>
              <th scope="row">{t(`training.levels.${row.level}`)}</th>
              <td>{row.people}</td>
              <td>{row.met}</td>
              <td>{row.people - row.met}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('training.coverage.total')}</th>
            <td>{table.placed}</td>
            <td>{table.met}</td>
            <td>{table.gaps}</td>
          </tr>
        </tfoot>
      </table>
      {table.notPlaced > 0 ? <p>{t('training.coverage.notPlaced', { count: table.notPlaced })}</p> : null}
    </TableRegion>
  );
}
