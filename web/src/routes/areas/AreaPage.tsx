import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../api/session';
import { NoAccess } from '../../app/guards';
import { type Area, sectionsFor } from '../../app/nav';
import { Page } from '../../components/Page';

/**
 * An area's own page: a short plain-language introduction, then the area's pages that this
 * person's roles open, section by section, each with one line saying what it is for. Someone
 * whose roles open nothing here is told so, as on any page they cannot open.
 */
export function AreaPage({ area }: { area: Exclude<Area, 'help'> }) {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me) return null;
  const sections = sectionsFor(area, me.roles);
  if (sections.length === 0) return <NoAccess />;
  return (
    <Page title={t(`nav.areas.${area}`)} lead={<p>{t(`areas.intro.${area}`)}</p>}>
      {sections.map(({ section, places }) => (
        <section key={section} aria-labelledby={`area-section-${section}`}>
          <h2 id={`area-section-${section}`}>{t(`nav.sections.${section}`)}</h2>
          <p className="hint">{t(`areas.sections.${section}`)}</p>
          <ul className="area-pages" aria-labelledby={`area-section-${section}`}>
            {places.map((place) => (
              <li key={place.to}>
                <Link to={place.to}>{t(`nav.${place.key}`)}</Link>
                <p>{t(`areas.pages.${place.key}`)}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Page>
  );
}

export const YouAreaPage = () => <AreaPage area="you" />;
export const TeamAreaPage = () => <AreaPage area="team" />;
export const OrganisationAreaPage = () => <AreaPage area="organisation" />;
export const RegionAreaPage = () => <AreaPage area="region" />;
