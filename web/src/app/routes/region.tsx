import { Route } from 'react-router';
import { lazyPage } from '../lazy-page';
import { only } from './only';

export const HubHomePage = lazyPage(() => import('../../routes/hub/HubHomePage'), 'HubHomePage', ['hub', 'standards']);
const HubInvitePage = lazyPage(() => import('../../routes/hub/HubInvitePage'), 'HubInvitePage', ['hub']);
const HubSettingsPage = lazyPage(() => import('../../routes/hub/HubSettingsPage'), 'HubSettingsPage', ['hub']);
const HubPeoplePage = lazyPage(() => import('../../routes/hub/HubPeoplePage'), 'HubPeoplePage', ['hub']);
const HubStandardsPage = lazyPage(() => import('../../routes/standards/HubStandardsPage'), 'HubStandardsPage', ['standards']);
const RegionalOverviewPage = lazyPage(() => import('../../routes/hub/RegionalOverviewPage'), 'RegionalOverviewPage', ['my-pages']);
const HubCollaborativesPage = lazyPage(() => import('../../routes/collaboratives/HubCollaborativesPage'), 'HubCollaborativesPage', ['collaboratives']);
const HubCollaborativePage = lazyPage(() => import('../../routes/collaboratives/HubCollaborativePage'), 'HubCollaborativePage', ['collaboratives', 'open-data', 'shared-practice']);
const HubSharedPracticePage = lazyPage(() => import('../../routes/shared-practice/SharedPracticePage'), 'HubSharedPracticePage', ['shared-practice']);

/**
 * A regional hub's own pages (mounted inside TenantOnly kind="hub": an organisation's people find
 * nothing here, and the API answers their sessions 404). An organisation's side of its hubs
 * (consent, its collaboratives) is in organisation.tsx.
 */
export function hubRoutes() {
  return (
    <>
      <Route path="/region/hub" element={<HubHomePage />} />
      <Route path="/region/invite" element={only(['hub_admin'], <HubInvitePage />)} />
      <Route path="/region/people" element={<HubPeoplePage />} />
      <Route path="/region/settings" element={<HubSettingsPage />} />
      <Route path="/region/collaboratives" element={<HubCollaborativesPage />} />
      <Route path="/region/collaboratives/:id" element={<HubCollaborativePage />} />
      <Route path="/region/collaboratives/:id/practice" element={<HubSharedPracticePage />} />
      <Route path="/region/standards" element={<HubStandardsPage />} />
      <Route path="/regional-overview" element={only(['hub_analyst'], <RegionalOverviewPage />)} />
    </>
  );
}
