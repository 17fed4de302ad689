import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../api/session';
import { groupedPlacesFor } from '../../app/nav';
import { Page } from '../../components/Page';
import { HomeReminder } from '../wellbeing/HomeReminder';

/** A warm welcome, and a card for each thing this person's roles let them do. */
export function HomePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me) return null;
  const groups = groupedPlacesFor(me.roles)
    .map(({ group, places }) => ({ group, places: places.filter((p) => p.to !== '/') }))
    .filter((g) => g.places.length > 0);
  return (
    <Page title={t('home.title', { name: me.name })} lead={<p>{t('home.lead')}</p>}>
      <HomeReminder roles={me.roles} />
      {groups.map(({ group, places }) => (
        <section key={group} aria-labelledby={`home-group-${group}`}>
          <h2 id={`home-group-${group}`}>{t(`nav.groups.${group}`)}</h2>
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
        </section>
      ))}
    </Page>
  );
}
