import { useTranslation } from 'react-i18next';
import type { FrameworkPack, PlacementAnswers, PlacementRecord } from '../../api/framework';
import { formatDateTime } from '../../components/format';
import { levelName, usePackText } from './pack-text';

const answerKey = (v: boolean | null | undefined) => (v === true ? 'yes' : v === false ? 'no' : 'unsure');

/** Earlier decisions, newest first: the level, who decided and when, the answers, reasons and note. */
export function PlacementHistory({ pack, history, headingId }: { pack: FrameworkPack; history: PlacementRecord[]; headingId: string }) {
  const { t, i18n } = useTranslation();
  const text = usePackText();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('placement.history.heading')}</h3>
      {history.length === 0 ? (
        <p>{t('placement.history.none')}</p>
      ) : (
        <ol className="placement-history">
          {history.map((record) => (
            <li key={record.id}>
              <p>
                <strong>{levelName(pack, record.level, text)}</strong>{' '}
                {t('placement.history.decided', { name: record.decidedBy?.name ?? t('placement.history.someone'), date: formatDateTime(record.decidedAt, i18n.language) })}
              </p>
              <dl>
                {(['serviceRemit', 'workerContact', 'specialistInterventions'] as Array<keyof PlacementAnswers>).map((field) => (
                  <div key={field}>
                    <dt>{t(`placement.answerNames.${field}`)}</dt>
                    <dd>{t(`placement.wizard.${answerKey(record.answers[field])}`)}</dd>
                  </div>
                ))}
              </dl>
              {record.reasons.length > 0 ? (
                <ul>
                  {record.reasons.map((r) => (
                    <li key={r}>{t(`placement.reasons.${r}`)}</li>
                  ))}
                </ul>
              ) : null}
              {record.suggestedLevel && record.suggestedLevel !== record.level ? (
                <p>{t('placement.history.overrode', { level: levelName(pack, record.suggestedLevel, text) })}</p>
              ) : null}
              {record.note ? <p>{t('placement.history.note', { note: record.note })}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
