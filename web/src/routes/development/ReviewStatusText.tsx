import { useTranslation } from 'react-i18next';
import type { PlanStatus, ReviewStatus } from '../../api/development';
import { formatDate } from '../../components/format';

/** A small clock: review dates are said in words; the icon only helps the eye find them. */
function ClockIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="14" height="14" viewBox="0 0 16 16" style={{ verticalAlign: '-2px', marginRight: '0.3rem' }}>
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M8 4.5V8l2.5 1.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

/**
 * When the plan is next looked at, in calm words ("Review due soon", "Review date has passed"):
 * never colour alone, and no alarm red — a passed date is a prompt to talk, not a failure.
 */
export function ReviewStatusText({ status, date }: { status: ReviewStatus; date: string | null }) {
  const { t, i18n } = useTranslation();
  if (status === 'none' || !date) return <span>{t('development.review.none')}</span>;
  const when = formatDate(date, i18n.language);
  return (
    <span className={status === 'scheduled' ? undefined : 'status'}>
      {status === 'scheduled' ? null : <ClockIcon />}
      {t(`development.review.${status}`, { date: when })}
    </span>
  );
}

/** Where a plan stands, in words. */
export function PlanStatusText({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return <span className={status === 'agreed' ? 'status status-active' : 'status'}>{t(`development.status.${status}`)}</span>;
}
