import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { startHrImport } from '../../api/workforce';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';
import type { HrDraft } from './HrImportPage';

const BAD_ROWS_SHOWN = 200;

/** What the file holds, every bad row by line, and the choice to import all or the good rows only. Nothing is written before a button here is pressed. */
export function HrPreviewStep({ draft, onBack, onStarted }: { draft: HrDraft; onBack: () => void; onStarted: (jobId: string) => void }) {
  const { t } = useTranslation();
  const preview = draft.preview!;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const bad = preview.badRows.length;
  // a problem names the field; the admin knows the file by its column's header
  const columnOf = (field: string) => preview.mapping[field] ?? t(`workforce.import.fields.${field}`, { defaultValue: field });

  const start = async (mode: 'all' | 'good-rows-only') => {
    setBusy(true);
    setProblem(null);
    try {
      onStarted((await startHrImport({ fileKind: draft.fileKind, csv: draft.csv, dateFormat: draft.dateFormat, mapping: preview.mapping, mode })).jobId);
    } catch (error) {
      setProblem(errorTitle(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="preview">
      <h3>{t('workforce.import.columnsTitle')}</h3>
      <ul className="plain-list">
        {Object.entries(preview.mapping).map(([field, header]) => (
          <li key={field}>{t('workforce.import.columnLine', { field: t(`workforce.import.fields.${field}`), header: header ?? t('workforce.import.notInFile') })}</li>
        ))}
      </ul>
      <ul className="counts">
        <li>{t('workforce.import.totalRows', { count: preview.totalRows })}</li>
        <li>{t('workforce.import.goodRows', { count: preview.goodRows })}</li>
        <li>{t('workforce.import.badRowsCount', { count: bad })}</li>
      </ul>
      {bad > 0 ? (
        <TableRegion captionId="hr-bad-caption">
          <table>
            <caption id="hr-bad-caption">{t('workforce.import.badRowsCaption', { count: bad })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workforce.import.line')}</th>
                <th scope="col">{t('workforce.import.problems')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.badRows.slice(0, BAD_ROWS_SHOWN).map((row) => (
                <tr key={row.line}>
                  <th scope="row">{t('workforce.import.lineN', { line: row.line })}</th>
                  <td>
                    <ul className="plain-list">
                      {row.problems.map((p) => (
                        <li key={`${p.field}-${p.problem}`}>{t('workforce.import.problemLine', { field: columnOf(p.field), problem: problemText(t, p.problem) })}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {bad > BAD_ROWS_SHOWN ? <p>{t('workforce.import.moreBadRows', { count: bad - BAD_ROWS_SHOWN })}</p> : null}
        </TableRegion>
      ) : (
        <Notice tone="success">{t('workforce.import.allGood')}</Notice>
      )}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <div className="button-row">
        <Button className="button button-primary" isDisabled={busy || bad > 0 || preview.goodRows === 0} onPress={() => start('all')}>
          {t('workforce.import.importAll')}
        </Button>
        {bad > 0 && preview.goodRows > 0 ? (
          <Button className="button button-secondary" isDisabled={busy} onPress={() => start('good-rows-only')}>
            {t('workforce.import.importGoodOnly', { count: preview.goodRows })}
          </Button>
        ) : null}
        <Button className="button button-quiet" isDisabled={busy} onPress={onBack}>
          {t('workforce.import.backToColumns')}
        </Button>
      </div>
      {bad > 0 ? <p className="hint">{t('workforce.import.whyNotAll', { count: bad })}</p> : null}
    </div>
  );
}
