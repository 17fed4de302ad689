import { Route } from 'react-router';
import { lazyPage } from '../lazy-page';
import { only } from './only';

// The "Your team" area: the people one supervises, their growth, and care after hard events.
const MyTeamPage = lazyPage(() => import('../../routes/team/MyTeamPage'), 'MyTeamPage', ['my-pages', 'organisation']);
const TeamCoveragePage = lazyPage(() => import('../../routes/training/TeamCoveragePage'), 'TeamCoveragePage', ['training']);
const TeamPlansPage = lazyPage(() => import('../../routes/development/TeamPlansPage'), 'TeamPlansPage', ['development']);
const PersonPlanPage = lazyPage(() => import('../../routes/development/PersonPlanPage'), 'PersonPlanPage', ['development']);
const UnitPlacementPage = lazyPage(() => import('../../routes/framework/UnitPlacementPage'), 'UnitPlacementPage', ['placement']);
const NeedsPage = lazyPage(() => import('../../routes/development/NeedsPage'), 'NeedsPage', ['placement']);
const SelfRatingPage = lazyPage(() => import('../../routes/peers/pages'), 'SelfRatingPage', ['peers', 'wellbeing']);
const SuperviseesPage = lazyPage(() => import('../../routes/supervision/pages'), 'SuperviseesPage', ['person-picker', 'supervision']);
const SuperviseePage = lazyPage(() => import('../../routes/supervision/pages'), 'SuperviseePage', ['person-picker', 'supervision']);
const HardEventsPage = lazyPage(() => import('../../routes/hard-events/pages'), 'HardEventsPage', ['hard-events', 'person-picker', 'wellbeing']);
const HardEventPage = lazyPage(() => import('../../routes/hard-events/pages'), 'HardEventPage', ['hard-events', 'person-picker', 'wellbeing']);

const LEADS: ['supervisor', 'org_admin'] = ['supervisor', 'org_admin'];

/** The "Your team" area (mounted inside the organisation's pages). */
export function teamRoutes() {
  return (
    <>
      <Route path="/team" element={only(['supervisor'], <MyTeamPage />)} />
      <Route path="/team/coverage" element={only(['supervisor'], <TeamCoveragePage />)} />
      <Route path="/team/placement" element={only(LEADS, <UnitPlacementPage />)} />
      <Route path="/team/needs" element={only(LEADS, <NeedsPage />)} />
      <Route path="/team/plans" element={only(LEADS, <TeamPlansPage />)} />
      <Route path="/team/plans/:personId" element={only(LEADS, <PersonPlanPage />)} />
      {/* anyone who supervises: the server answers 404 to someone who supervises nobody, and the page says so */}
      <Route path="/me/supervision-self-rating" element={<SelfRatingPage />} />
      <Route path="/supervision/supervisees" element={<SuperviseesPage />} />
      <Route path="/supervision/supervisees/:id" element={<SuperviseePage />} />
      <Route path="/hard-events" element={<HardEventsPage />} />
      <Route path="/hard-events/:eventId" element={<HardEventPage />} />
    </>
  );
}
