import { useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type ImportedResponse, type ImportReport, localText } from '../../api/wellbeing';
import { formatDate } from '../../components/format';
import { Notice } from '../../components/Notice';
import { problemText } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';

/**
 * What the file holds, read and scored but not stored: each result by its place in the file,
 * its day, its scores (recomputed from its answers) and anything to know about it, then the one
 * button that brings them in — offered only when nothing needs attention.
 */
export function ImportPreview({ report, busy, onConfirm }: { report: ImportReport; busy: boolean; onConfirm: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // the preview replaces nothing the person was typing in: move them to it, so it is read first
  useEffect(() => heading.current?.focus(), []);
  const fresh = report.responses.filter((r) => r.outcome === 'new').length;
  const needAttention = report.responses.filter((r) => r.problems.length > 0).length;
  return (
    <section className="panel" aria-labelledby="bring-in-preview-heading">
      <h2 id="bring-in-preview-heading" tabIndex={-1} ref={heading}>
        {t('wellbeing.bringIn.previewHeading')}
      </h2>
      <p>{t('wellbeing.bringIn.previewSummary', { count: report.responses.length, fresh, skipped: report.responses.filter((r) => r.skipped).length })}</p>
      {needAttention > 0 ? (
        <Notice tone="error" title={t('wellbeing.bringIn.needAttention', { count: needAttention })}>
          <p>{t('wellbeing.bringIn.nothingStored')}</p>
        </Notice>
      ) : null}
      <TableRegion captionId="bring-in-preview-caption">
        <table>
          <caption id="bring-in-preview-caption">{t('wellbeing.bringIn.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('wellbeing.bringIn.columns.where')}</th>
              <th scope="col">{t('wellbeing.bringIn.columns.answeredOn')}</th>
              <th scope="col">{t('wellbeing.bringIn.columns.scores')}</th>
              <th scope="col">{t('wellbeing.bringIn.columns.noticed')}</th>
            </tr>
          </thead>
          <tbody>
            {report.responses.map((response) => (
              <ResponseRow key={response.position} response={response} />
            ))}
          </tbody>
        </table>
      </TableRegion>
      {report.notes.length > 0 && report.responses.every((r) => r.notes.length === 0) ? (
        <ul>
          {report.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {needAttention === 0 && fresh > 0 ? (
        <div className="button-row">
          <Button className="button button-primary" isDisabled={busy} onPress={onConfirm}>
            {busy ? t('wellbeing.bringIn.bringingIn') : t('wellbeing.bringIn.confirm', { count: fresh })}
          </Button>
          <p className="hint">{t('wellbeing.bringIn.confirmHint')}</p>
        </div>
      ) : null}
      {needAttention === 0 && fresh === 0 ? <p>{t('wellbeing.bringIn.nothingNew')}</p> : null}
    </section>
  );
}

/** Where in a response a problem is, in words when it has a name (its date, its status). */
function whereIn(t: ReturnType<typeof useTranslation>['t'], position: string, field: string): string {
  const path = field.startsWith(`${position}.`) ? field.slice(position.length + 1) : '';
  if (path === 'authored') return t('wellbeing.bringIn.where.authored');
  if (path === 'status') return t('wellbeing.bringIn.where.status');
  if (path === '' || path === 'resourceType') return t('wellbeing.bringIn.where.whole');
  return t('wellbeing.bringIn.where.at', { path });
}

function ResponseRow({ response }: { response: ImportedResponse }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const alreadyOn = response.skipped?.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? null;
  return (
    <tr>
      <th scope="row">
        <code>{response.position}</code>
      </th>
      <td>{response.submittedOn ? formatDate(response.submittedOn, lng) : t('wellbeing.bringIn.noDate')}</td>
      <td>
        {response.scores.length === 0 ? (
          '—'
        ) : (
          <ul className="plain-list">
            {response.scores.map((s) => (
              <li key={s.scaleId}>
                {localText(s.name, lng)}: {s.score === null ? t('wellbeing.results.noScore') : s.score}
                {s.band ? ` (${localText(s.band.label, lng)})` : ''}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <ul className="plain-list">
          {response.outcome === 'new' && response.notes.length === 0 ? <li>{t('wellbeing.bringIn.outcome.new')}</li> : null}
          {response.outcome === 'already-imported' ? <li>{t('wellbeing.bringIn.outcome.alreadyImported', { date: alreadyOn ? formatDate(alreadyOn, lng) : '' })}</li> : null}
          {response.outcome === 'repeated' ? <li>{t('wellbeing.bringIn.outcome.repeated')}</li> : null}
          {response.outcome === 'too-old' ? <li>{t('wellbeing.bringIn.outcome.tooOld')}</li> : null}
          {response.notes.map((note) => (
            <li key={note}>{t('wellbeing.bringIn.note', { note })}</li>
          ))}
          {response.problems.map((p) => (
            <li key={`${p.field}:${p.problem}`}>{t('wellbeing.bringIn.problem', { where: whereIn(t, response.position, p.field), problem: problemText(t, p.problem) })}</li>
          ))}
        </ul>
      </td>
    </tr>
  );
}
