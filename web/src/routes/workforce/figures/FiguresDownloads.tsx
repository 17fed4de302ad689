import { useTranslation } from 'react-i18next';
import { figuresQuery } from '../../../api/workforce-figures';

/**
 * Links to the quarter's figures as CSV and PDF (src/modules/workforce/figure-export-routes.ts):
 * the same released figures as the page, in the reader's language, as attachments.
 */
export function FiguresDownloads({ quarter, workerKind }: { quarter: string; workerKind: string | null }) {
  const { t, i18n } = useTranslation();
  const query = `${figuresQuery(quarter, workerKind)}&locale=${i18n.language.startsWith('es') ? 'es' : 'en'}`;
  return (
    <section className="figure-downloads" aria-labelledby="figure-downloads-title">
      <h2 id="figure-downloads-title">{t('figureCharts.downloads.title')}</h2>
      <p>{t('figureCharts.downloads.lead')}</p>
      <ul>
        <li>
          <a href={`/api/v1/workforce/figures.csv?${query}`} download>
            {t('figureCharts.downloads.csv')}
          </a>
        </li>
        <li>
          <a href={`/api/v1/workforce/figures.pdf?${query}`} download>
            {t('figureCharts.downloads.pdf')}
          </a>
        </li>
      </ul>
    </section>
  );
}
