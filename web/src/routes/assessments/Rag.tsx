import { useTranslation } from 'react-i18next';
import type { Rag } from '../../api/assessments';

/**
 * A rating is never shown by colour alone: each has its own shape (an open ring, a half-filled
 * circle, a full circle with a tick) and always its words beside it.
 */
export function RagIcon({ rating }: { rating: Rag }) {
  return (
    <svg className={`rag-icon rag-icon-${rating}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {rating === 'red' ? (
        <>
          <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="2" />
          <line x1="5" y1="8" x2="11" y2="8" stroke="currentColor" strokeWidth="2" />
        </>
      ) : null}
      {rating === 'amber' ? (
        <>
          <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M8 2 A6 6 0 0 1 8 14 Z" fill="currentColor" />
        </>
      ) : null}
      {rating === 'green' ? (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M4.5 8.2 L7 10.6 L11.5 5.6" fill="none" stroke="#fff" strokeWidth="2" />
        </>
      ) : null}
    </svg>
  );
}

/** The rating in words with its shape: "Partly in place (amber)". */
export function RagBadge({ rating, words }: { rating: Rag | null; words?: string }) {
  const { t } = useTranslation();
  if (!rating) return <span className="rag-badge rag-none">{t('assessments.rag.none')}</span>;
  return (
    <span className={`rag-badge rag-${rating}`}>
      <RagIcon rating={rating} />
      <span>{t('assessments.rag.withColour', { words: words ?? t(`assessments.rag.${rating}`), colour: t(`assessments.rag.colour.${rating}`) })}</span>
    </span>
  );
}

/** Overdue is said in words with a clock, in the page's own text colour: noticed, not alarming. */
export function OverdueIcon() {
  return (
    <svg className="overdue-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M8 4.5 V8 L10.5 9.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}
