import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type CheckIn, localText } from '../../api/wellbeing';

/** A score from fewer answers than questions says how it was reached: estimated (prorated), or the gaps adding nothing. */
const scoreKey = (s: CheckIn['scores'][number]) =>
  s.answered >= s.itemCount || s.missing === 'none' ? 'wellbeing.result.score' : s.missing === 'prorate' ? 'wellbeing.result.scoreEstimated' : 'wellbeing.result.scoreGapsZero';

/**
 * One check-in's result in words before numbers: each scale's band named (never coloured as an
 * alarm) with its guidance, the score behind a disclosure, and, when a band suggests it, a calm pointer to outside support
 * (S.ind.7). `showSupportNote` is false where the reader is not the person (a grantee).
 */
export function ResultInWords({
  checkIn,
  headingLevel = 'h3',
  showSupportNote = true,
  children,
}: {
  checkIn: Pick<CheckIn, 'scores'>;
  headingLevel?: 'h3' | 'h4';
  showSupportNote?: boolean;
  /** Words to add under a scale's band (the overview's "lower than last month"). */
  children?: (score: CheckIn['scores'][number]) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const Heading = headingLevel;
  const suggestSupport = checkIn.scores.some((s) => s.band?.suggestSupport);
  if (checkIn.scores.length === 0) return <p>{t('wellbeing.result.unavailable')}</p>;
  return (
    <>
      {checkIn.scores.map((s) => (
        <div key={s.scaleId} className="wb-score">
          <Heading>{localText(s.name, lng)}</Heading>
          {s.score === null ? (
            <p>{t('wellbeing.result.tooFew', { answered: s.answered, items: s.itemCount })}</p>
          ) : (
            <>
              {/* words before numbers: the band's name and guidance first, the score on request */}
              {s.band ? (
                <p>
                  <span className="wb-band">{localText(s.band.label, lng)}</span>
                </p>
              ) : null}
              {s.band ? <p>{localText(s.band.guidance, lng)}</p> : null}
              {children?.(s)}
              <details className="wb-numbers">
                <summary>{t('wellbeing.result.showNumbers')}</summary>
                <p>{t(scoreKey(s), { score: s.score, answered: s.answered, items: s.itemCount })}</p>
              </details>
            </>
          )}
        </div>
      ))}
      {suggestSupport && showSupportNote ? <SupportNote /> : null}
    </>
  );
}

/** A calm note pointing to support outside the team, with a link to the support panel of the page. */
export function SupportNote() {
  const { t } = useTranslation();
  return (
    <div className="notice notice-info">
      <p className="notice-title">{t('wellbeing.result.supportTitle')}</p>
      <p>{t('wellbeing.result.supportBody')}</p>
      <p>
        {/* biome-ignore lint/a11y/useValidAnchor: an in-page link to the support panel; the handler moves focus there without changing the address */}
        <a
          href="#wb-support"
          onClick={(event) => {
            event.preventDefault();
            document.getElementById('wb-support')?.focus();
          }}
        >
          {t('wellbeing.result.supportLink')}
        </a>
      </p>
    </div>
  );
}
