import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../api/session';
import { placesFor } from '../../app/nav';
import { Page } from '../../components/Page';

/** A warm welcome, and a card for each thing this person's roles let them do. */
export function HomePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me) return null;
  const places = placesFor(me.roles).filter((p) => p.to !== '/');
  return (
    <Page title={t('home.title', { name: me.name })} lead={<p>{t('home.lead')}</p>}>
      <h2 className="visually-hidden">{t('home.cardsHeading')}</h2>
      <ul className="cards">
        {places.map((place) => (
          <li key={place.to} className="card">
            <h3 className="card-title">
              <Link to={place.to} className="card-link">
                {t(`nav.${place.key}`)}
              </Link>
            </h3>
            <p>{t(`home.cards.${place.key}`)}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
