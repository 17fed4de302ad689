import { useTranslation } from 'react-i18next';
import { TableRegion } from '../../../components/TableRegion';

/** The first rows as the server read them, so the admin can see which column is which. */
export function SampleOfFile({ headers, rows }: { headers: string[]; rows: string[][] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <TableRegion captionId="file-sample-caption">
      <table className="table-compact">
        <caption id="file-sample-caption">{t('import.fileSample', { count: rows.length })}</caption>
        <thead>
          <tr>
            {headers.map((h, i) => (
              // headers may repeat in a messy file
              // biome-ignore lint/suspicious/noArrayIndexKey: columns have no identity but their position
              <th scope="col" key={i}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sample rows are fixed for this file
            <tr key={r}>
              {headers.map((_, c) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <td key={c}>{row[c] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
