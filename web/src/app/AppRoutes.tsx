import { Route, Routes } from 'react-router';
import { useSession } from '../api/session';
import { NotFoundPage } from '../routes/NotFoundPage';
import { RequireSignIn, TenantOnly } from './guards';
import { lazyPage } from './lazy-page';
import { AREA_HOME } from './nav';
import { organisationRoutes } from './routes/organisation';
import { publicRoutes } from './routes/public';
import { HubHomePage, hubRoutes } from './routes/region';
import { teamRoutes } from './routes/team';
import { youRoutes } from './routes/you';
import { Shell } from './Shell';

// Signed-in pages load after sign-in: the sign-in page carries none of them.
const HomePage = lazyPage(() => import('../routes/home/HomePage'), 'HomePage', ['home-tasks', 'my-pages']);
// The areas' own pages and Help (one small chunk): the navigation lists areas, each page lists its pages.
const YouAreaPage = lazyPage(() => import('../routes/areas/pages'), 'YouAreaPage', ['areas']);
const TeamAreaPage = lazyPage(() => import('../routes/areas/pages'), 'TeamAreaPage', ['areas']);
const OrganisationAreaPage = lazyPage(() => import('../routes/areas/pages'), 'OrganisationAreaPage', ['areas']);
const RegionAreaPage = lazyPage(() => import('../routes/areas/pages'), 'RegionAreaPage', ['areas']);
const HelpPage = lazyPage(() => import('../routes/areas/pages'), 'HelpPage', ['areas']);
const ChangePasswordPage = lazyPage(() => import('../routes/me/ChangePasswordPage'), 'ChangePasswordPage', ['my-pages']);

/**
 * Every page's address, one file per area under routes/ (each a function returning its <Route>s,
 * called here rather than rendered: <Routes> reads its children's elements). Role checks mirror
 * the API's, which refuses regardless.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        {publicRoutes()}
        <Route element={<RequireSignIn />}>
          <Route index element={<HomeOfTenant />} />
          <Route path={AREA_HOME.region} element={<RegionAreaPage />} />
          <Route path={AREA_HOME.help} element={<HelpPage />} />
          <Route path="/settings/password" element={<ChangePasswordPage />} />
          {/* a regional hub's own pages: an organisation's people find nothing here */}
          <Route element={<TenantOnly kind="hub" />}>{hubRoutes()}</Route>
          {/* every organisation page: a hub's people find nothing here (the API answers them 404 too) */}
          <Route element={<TenantOnly kind="organisation" />}>
            {/* each area's page lists only what this person's roles open, and says so when that is nothing */}
            <Route path={AREA_HOME.you} element={<YouAreaPage />} />
            <Route path={AREA_HOME.team} element={<TeamAreaPage />} />
            <Route path={AREA_HOME.organisation} element={<OrganisationAreaPage />} />
            {youRoutes()}
            {teamRoutes()}
            {organisationRoutes()}
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/** Home: what waits on an organisation's person, or the hub's members for a hub's. */
function HomeOfTenant() {
  const { me } = useSession();
  return me?.tenantKind === 'hub' ? <HubHomePage /> : <HomePage />;
}
