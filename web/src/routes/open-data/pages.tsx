import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { publicationFile, usePublicPublication, usePublicPublications } from '../../api/open-data';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';

/**
 * Open data anyone may read, signed in or not: the list of every hub's publications, and one
 * publication's plain-language summary (in the language it was published in) with its files.
 * Nothing here is about a person: a publication holds released aggregates only.
 */
export function OpenDataListPage() {
  const { t, i18n } = useTranslation();
  const listed = usePublicPublications();
  const publications = listed.data?.publications ?? [];
  return (
    <Page title={t('openData.list.title')} lead={<p>{t('openData.list.lead')}</p>}>
      {listed.isPending ? <Loading /> : null}
      {listed.error ? <Notice tone="error">{errorTitle(t, listed.error)}</Notice> : null}
      {listed.data && publications.length === 0 ? <p>{t('openData.list.none')}</p> : null}
      {publications.length > 0 ? (
        <ul className="plain-list">
          {publications.map((p) => (
            <li key={p.id}>
              <Link to={`/open-data/${p.id}`}>{t('openData.list.item', { collaborative: p.collaborative.name, hub: p.hub, version: p.version })}</Link>
              <p className="hint">
                {t('openData.list.published', { date: formatDate(p.publishedAt.slice(0, 10), i18n.language) })} {p.epsilon === null ? t('openData.publish.itemExact') : t('openData.publish.itemNoise', { epsilon: p.epsilon })}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </Page>
  );
}

export function OpenDataPublicationPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const publication = usePublicPublication(id);
  const p = publication.data;
  // the summary is in the publication's language, whatever the page's
  const lang = p?.language;
  return (
    <Page title={p ? t('openData.page.titleOf', { collaborative: p.collaborative.name, hub: p.hub, version: p.version }) : t('openData.page.title')}>
      {publication.isPending ? <Loading /> : null}
      {publication.error ? <Notice tone="error">{errorTitle(t, publication.error)}</Notice> : null}
      {p ? (
        <>
          <p>
            <Link to="/open-data">{t('openData.page.all')}</Link>
          </p>
          {lang !== i18n.language.slice(0, 2) ? <p className="hint">{t('openData.page.inLanguage', { language: t(`openData.languages.${lang}`) })}</p> : null}
          <section className="panel" aria-labelledby="open-data-about" lang={lang}>
            <h2 id="open-data-about">{p.summary.heading}</h2>
            {p.summary.about.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </section>
          <section className="panel" aria-labelledby="open-data-figures">
            <h2 id="open-data-figures">{t('openData.page.figures')}</h2>
            <ul lang={lang}>
              {p.summary.figures.map((sentence, i) => (
                <li key={p.document.rows[i]?.figure_id ?? sentence}>{sentence}</li>
              ))}
            </ul>
          </section>
          <section className="panel" aria-labelledby="open-data-files">
            <h2 id="open-data-files">{t('openData.page.files')}</h2>
            <p>{t('openData.page.filesLead')}</p>
            <ul>
              <li>
                <a href={publicationFile(p.id, 'data.csv')} download>
                  {t('openData.page.csv')}
                </a>
              </li>
              <li>
                <a href={publicationFile(p.id, 'data.json')} download>
                  {t('openData.page.json')}
                </a>
              </li>
              <li>
                <a href={publicationFile(p.id, 'dictionary.csv')} download>
                  {t('openData.page.dictionaryCsv')}
                </a>
              </li>
              <li>
                <a href={publicationFile(p.id, 'dictionary.json')} download>
                  {t('openData.page.dictionaryJson')}
                </a>
              </li>
            </ul>
          </section>
        </>
      ) : null}
    </Page>
  );
}
