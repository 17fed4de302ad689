import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

interface Props {
  /** From useInfiniteQuery: whether the server said there is another page. */
  hasMore: boolean;
  /** True while the next page is being read. */
  loading: boolean;
  onMore: () => void;
  /** How many rows are on screen now, said to screen readers after each page arrives. */
  shown: number;
}

/**
 * The end of a paged list: a "Show more" button while the server has another page, and a quiet
 * line saying how many are shown. Keyboard and screen reader users stay where they were: the new
 * rows are added below and the count is announced politely, not by moving focus.
 */
export function ShowMore({ hasMore, loading, onMore, shown }: Props) {
  const { t } = useTranslation();
  return (
    <div className="show-more">
      <p className="hint" aria-live="polite">
        {t('common.shownCount', { count: shown })}
      </p>
      {hasMore ? (
        <Button className="button button-secondary" isDisabled={loading} onPress={onMore}>
          {loading ? t('common.loading') : t('common.showMore')}
        </Button>
      ) : null}
    </div>
  );
}
