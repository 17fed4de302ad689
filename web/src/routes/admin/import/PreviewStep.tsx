import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { startImport } from '../../../api/imports';
import { formatDate } from '../../../components/format';
import { Notice } from '../../../components/Notice';
import { errorTitle, problemText } from '../../../components/problem-text';
import type { ImportDraft } from './ImportPage';
import { TableRegion } from '../../../components/TableRegion';

// thousands of bad rows would make the page unusable; the first ones show the pattern
const BAD_ROWS_SHOWN = 200;

/** Step 3: what would happen, row problems by line number, and the choice to import. Nothing is written yet. */
export function PreviewStep({ draft, onBack, onStarted }: { draft: ImportDraft; onBack: () => void; onStarted: (jobId: string) => void }) {
  const { t, i18n } = useTranslation();
  const preview = draft.preview!;
  const mapping = draft.mapping!;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const bad = preview.badRows.length;

  const start = async (goodRowsOnly: boolean) => {
    setBusy(true);
    setProblem(null);
    try {
      const { jobId } = await startImport({ csv: draft.csv, mapping, dateFormat: draft.dateFormat!, goodRowsOnly });
      onStarted(jobId);
    } catch (error) {
      setProblem(errorTitle(t, error));
    } finally {
      setBusy(false);
    }
  };

  // problems name the CSV column the admin knows ("E-mail address"), not Tend's field name
  const columnOf = (field: string) => mapping[field as keyof typeof mapping] ?? field;

  return (
    <div className="preview">
      <p>{t('import.previewIntro')}</p>
      <ul className="counts">
        <li>{t('import.totalRows', { count: preview.totalRows })}</li>
        <li>{t('import.goodRows', { count: preview.goodRows })}</li>
        <li>{t('import.newPeople', { count: preview.newPeople })}</li>
        <li>{t('import.updatedPeople', { count: preview.updatedPeople })}</li>
        <li>{t('import.badRowsCount', { count: bad })}</li>
      </ul>

      {bad > 0 ? (
        <TableRegion captionId="bad-rows-caption">
          <table>
            <caption id="bad-rows-caption">{t('import.badRowsCaption', { count: bad })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.line')}</th>
                <th scope="col">{t('import.problems')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.badRows.slice(0, BAD_ROWS_SHOWN).map((row) => (
                <tr key={row.line}>
                  <th scope="row">{t('import.lineN', { line: row.line })}</th>
                  <td>
                    <ul className="plain-list">
                      {row.problems.map((p, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: a row's problems have no identity of their own
                        <li key={i}>{t('import.problemLine', { line: row.line, field: columnOf(p.field), problem: problemText(t, p.problem) })}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {bad > BAD_ROWS_SHOWN ? <p>{t('import.moreBadRows', { count: bad - BAD_ROWS_SHOWN })}</p> : null}
        </TableRegion>
      ) : (
        <Notice tone="success">{t('import.allGood')}</Notice>
      )}

      {preview.sample.length > 0 ? (
        <TableRegion captionId="sample-caption">
          <table>
            <caption id="sample-caption">{t('import.sampleCaption', { count: preview.sample.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.line')}</th>
                <th scope="col">{t('person.name')}</th>
                <th scope="col">{t('person.email')}</th>
                <th scope="col">{t('person.unit')}</th>
                <th scope="col">{t('person.kind')}</th>
                <th scope="col">{t('person.startDate')}</th>
                <th scope="col">{t('person.endDate')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.sample.map((row) => (
                <tr key={row.line}>
                  <td>{row.line}</td>
                  <th scope="row">{row.name}</th>
                  <td>{row.email}</td>
                  <td>{row.unit}</td>
                  <td>{row.kind ? t(`kinds.${row.kind}`, { defaultValue: row.kind }) : ''}</td>
                  <td>{formatDate(row.startDate, i18n.language)}</td>
                  <td>{formatDate(row.endDate, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}

      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <div className="button-row import-buttons">
        <Button
          className="button button-primary"
          isDisabled={busy || bad > 0 || preview.goodRows === 0}
          aria-describedby={bad > 0 ? 'import-all-why' : undefined}
          onPress={() => start(false)}
        >
          {t('import.importAll')}
        </Button>
        {bad > 0 && preview.goodRows > 0 ? (
          <Button className="button button-secondary" isDisabled={busy} onPress={() => start(true)}>
            {t('import.importGoodOnly', { count: preview.goodRows })}
          </Button>
        ) : null}
        <Button className="button button-quiet" isDisabled={busy} onPress={onBack}>
          {t('import.backToMapping')}
        </Button>
      </div>
      {bad > 0 ? (
        <p id="import-all-why" className="hint">
          {preview.goodRows > 0 ? t('import.importAllWhy', { count: bad }) : t('import.nothingGood')}
        </p>
      ) : null}
    </div>
  );
}
