import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/Notice';
import { errorTitle, problemText } from '../../../components/problem-text';
import { TableRegion } from '../../../components/TableRegion';

const BAD_ROWS_SHOWN = 200;

/** What an import's preview says of a file: the columns used, the counts, and every bad row by line. */
export interface RowsPreviewData {
  mapping: Record<string, string | null | undefined>;
  totalRows: number;
  goodRows: number;
  badRows: ReadonlyArray<{ line: number; problems: ReadonlyArray<{ field: string; problem: string }> }>;
}

/**
 * The preview step of the training and HR-event imports: which column feeds which field, how many
 * rows are good and bad, every bad row by line with its problems named by the file's own column
 * header, and the choice to import everything (only when nothing is bad) or the good rows only.
 * Nothing is written before a button here is pressed. `keys` is the locale prefix of the import.
 */
export function RowsPreview({
  keys,
  id,
  preview,
  start,
  onBack,
  onStarted,
}: {
  keys: string;
  id: string;
  preview: RowsPreviewData;
  start: (mode: 'all' | 'good-rows-only') => Promise<{ jobId: string }>;
  onBack: () => void;
  onStarted: (jobId: string) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const bad = preview.badRows.length;
  // a problem names the field; the admin knows the file by its column's header
  const columnOf = (field: string) => preview.mapping[field] ?? t(`${keys}.fields.${field}`, { defaultValue: field });

  const begin = async (mode: 'all' | 'good-rows-only') => {
    setBusy(true);
    setProblem(null);
    try {
      onStarted((await start(mode)).jobId);
    } catch (error) {
      setProblem(errorTitle(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="preview">
      <h3>{t(`${keys}.columnsTitle`)}</h3>
      <ul className="plain-list">
        {Object.entries(preview.mapping).map(([field, header]) => (
          <li key={field}>{t(`${keys}.columnLine`, { field: t(`${keys}.fields.${field}`), header: header ?? t(`${keys}.notInFile`) })}</li>
        ))}
      </ul>
      <ul className="counts">
        <li>{t(`${keys}.totalRows`, { count: preview.totalRows })}</li>
        <li>{t(`${keys}.goodRows`, { count: preview.goodRows })}</li>
        <li>{t(`${keys}.badRowsCount`, { count: bad })}</li>
      </ul>
      {bad > 0 ? (
        <TableRegion captionId={`${id}-bad-caption`}>
          <table>
            <caption id={`${id}-bad-caption`}>{t(`${keys}.badRowsCaption`, { count: bad })}</caption>
            <thead>
              <tr>
                <th scope="col">{t(`${keys}.line`)}</th>
                <th scope="col">{t(`${keys}.problems`)}</th>
              </tr>
            </thead>
            <tbody>
              {preview.badRows.slice(0, BAD_ROWS_SHOWN).map((row) => (
                <tr key={row.line}>
                  <th scope="row">{t(`${keys}.lineN`, { line: row.line })}</th>
                  <td>
                    <ul className="plain-list">
                      {row.problems.map((p) => (
                        <li key={`${p.field}-${p.problem}`}>{t(`${keys}.problemLine`, { field: columnOf(p.field), problem: problemText(t, p.problem) })}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {bad > BAD_ROWS_SHOWN ? <p>{t(`${keys}.moreBadRows`, { count: bad - BAD_ROWS_SHOWN })}</p> : null}
        </TableRegion>
      ) : (
        <Notice tone="success">{t(`${keys}.allGood`)}</Notice>
      )}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <div className="button-row">
        <Button className="button button-primary" isDisabled={busy || bad > 0 || preview.goodRows === 0} onPress={() => begin('all')}>
          {t(`${keys}.importAll`)}
        </Button>
        {bad > 0 && preview.goodRows > 0 ? (
          <Button className="button button-secondary" isDisabled={busy} onPress={() => begin('good-rows-only')}>
            {t(`${keys}.importGoodOnly`, { count: preview.goodRows })}
          </Button>
        ) : null}
        <Button className="button button-quiet" isDisabled={busy} onPress={onBack}>
          {t(`${keys}.backToColumns`)}
        </Button>
      </div>
      {bad > 0 ? <p className="hint">{t(`${keys}.whyNotAll`, { count: bad })}</p> : null}
    </div>
  );
}
