import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { startTrainingImport, type TrainingImportField } from '../../api/training';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';
import type { TrainingDraft } from './TrainingImportPage';

const BAD_ROWS_SHOWN = 200;

/** What the file holds, every bad row by line, and the choice to import all or the good rows only. */
export function TrainingPreviewStep({ draft, onBack, onStarted }: { draft: TrainingDraft; onBack: () => void; onStarted: (jobId: string) => void }) {
  const { t } = useTranslation();
  const preview = draft.preview!;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const bad = preview.badRows.length;
  const columnOf = (field: string) => preview.mapping[field as TrainingImportField] ?? field;

  const start = async (mode: 'all' | 'good-rows-only') => {
    setBusy(true);
    setProblem(null);
    try {
      onStarted((await startTrainingImport({ csv: draft.csv, dateFormat: draft.dateFormat, mapping: preview.mapping, mode })).jobId);
    } catch (error) {
      setProblem(errorTitle(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="preview">
      <h3>{t('training.import.columnsTitle')}</h3>
      <ul className="plain-list">
        {Object.entries(preview.mapping).map(([field, header]) => (
          <li key={field}>{t('training.import.columnLine', { field: t(`training.import.fields.${field}`), header: header ?? t('training.import.notInFile') })}</li>
        ))}
      </ul>
      <ul className="counts">
        <li>{t('training.import.totalRows', { count: preview.totalRows })}</li>
        <li>{t('training.import.goodRows', { count: preview.goodRows })}</li>
        <li>{t('training.import.badRowsCount', { count: bad })}</li>
      </ul>
      {bad > 0 ? (
        <TableRegion captionId="training-bad-caption">
          <table>
            <caption id="training-bad-caption">{t('training.import.badRowsCaption', { count: bad })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('training.import.line')}</th>
                <th scope="col">{t('training.import.problems')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.badRows.slice(0, BAD_ROWS_SHOWN).map((row) => (
                <tr key={row.line}>
                  <th scope="row">{t('training.import.lineN', { line: row.line })}</th>
                  <td>
                    <ul className="plain-list">
                      {row.problems.map((p) => (
                        <li key={p.field}>{t('training.import.problemLine', { field: columnOf(p.field), problem: problemText(t, p.problem) })}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {bad > BAD_ROWS_SHOWN ? <p>{t('training.import.moreBadRows', { count: bad - BAD_ROWS_SHOWN })}</p> : null}
        </TableRegion>
      ) : (
        <Notice tone="success">{t('training.import.allGood')}</Notice>
      )}
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <div className="button-row">
        <Button className="button button-primary" isDisabled={busy || bad > 0 || preview.goodRows === 0} onPress={() => start('all')}>
          {t('training.import.importAll')}
        </Button>
        {bad > 0 && preview.goodRows > 0 ? (
          <Button className="button button-secondary" isDisabled={busy} onPress={() => start('good-rows-only')}>
            {t('training.import.importGoodOnly', { count: preview.goodRows })}
          </Button>
        ) : null}
        <Button className="button button-quiet" isDisabled={busy} onPress={onBack}>
          {t('training.import.backToColumns')}
        </Button>
      </div>
      {bad > 0 ? <p className="hint">{t('training.import.whyNotAll', { count: bad })}</p> : null}
    </div>
  );
}
