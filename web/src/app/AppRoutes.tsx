import { Route, Routes } from 'react-router';
import { ForgotPasswordPage } from '../routes/auth/ForgotPasswordPage';
import { SetPasswordPage } from '../routes/auth/SetPasswordPage';
import { ConfirmEmailPage } from '../routes/auth/ConfirmEmailPage';
import { SignInPage } from '../routes/auth/SignInPage';
import { NotFoundPage } from '../routes/NotFoundPage';
import { PublicOnly, RequireRole, RequireSignIn, TenantOnly } from './guards';
import { useSession } from '../api/session';
import { lazyPage } from './lazy-page';
import { AREA_HOME, WELLBEING_ROLES } from './nav';
import { Shell } from './Shell';

// Signed-in pages load after sign-in: the sign-in page carries none of them.
const HomePage = lazyPage(() => import('../routes/home/HomePage'), 'HomePage', ['home-tasks', 'my-pages']);
// The areas' own pages and Help (one small chunk): the navigation lists areas, each page lists its pages.
const YouAreaPage = lazyPage(() => import('../routes/areas/pages'), 'YouAreaPage', ['areas']);
const TeamAreaPage = lazyPage(() => import('../routes/areas/pages'), 'TeamAreaPage', ['areas']);
const OrganisationAreaPage = lazyPage(() => import('../routes/areas/pages'), 'OrganisationAreaPage', ['areas']);
const RegionAreaPage = lazyPage(() => import('../routes/areas/pages'), 'RegionAreaPage', ['areas']);
const HelpPage = lazyPage(() => import('../routes/areas/pages'), 'HelpPage', ['areas']);
const HubHomePage = lazyPage(() => import('../routes/hub/HubHomePage'), 'HubHomePage', ['hub']);
const HubInvitePage = lazyPage(() => import('../routes/hub/HubInvitePage'), 'HubInvitePage', ['hub']);
const HubSettingsPage = lazyPage(() => import('../routes/hub/HubSettingsPage'), 'HubSettingsPage', ['hub']);
const HubPeoplePage = lazyPage(() => import('../routes/hub/HubPeoplePage'), 'HubPeoplePage', ['hub']);
const RegionalHubPage = lazyPage(() => import('../routes/hub/RegionalHubPage'), 'RegionalHubPage', ['hub']);
const RegionalOverviewPage = lazyPage(() => import('../routes/hub/RegionalOverviewPage'), 'RegionalOverviewPage', ['my-pages']);
const HubCollaborativesPage = lazyPage(() => import('../routes/collaboratives/HubCollaborativesPage'), 'HubCollaborativesPage', ['collaboratives']);
const MyCollaborativesPage = lazyPage(() => import('../routes/collaboratives/MyCollaborativesPage'), 'MyCollaborativesPage', ['collaboratives']);
const HubCollaborativePage = lazyPage(() => import('../routes/collaboratives/HubCollaborativePage'), 'HubCollaborativePage', ['collaboratives', 'open-data']);
const OpenDataListPage = lazyPage(() => import('../routes/open-data/pages'), 'OpenDataListPage', ['open-data']);
const OpenDataPublicationPage = lazyPage(() => import('../routes/open-data/pages'), 'OpenDataPublicationPage', ['open-data']);
const AccessLogPage = lazyPage(() => import('../routes/me/AccessLogPage'), 'AccessLogPage', ['identity', 'my-pages', 'organisation', 'workforce']);
const SettingsPage = lazyPage(() => import('../routes/me/SettingsPage'), 'SettingsPage', ['my-pages', 'organisation', 'reminders']);
const NotificationsPage = lazyPage(() => import('../routes/reminders/NotificationsPage'), 'NotificationsPage', ['reminders']);
const ChangePasswordPage = lazyPage(() => import('../routes/me/ChangePasswordPage'), 'ChangePasswordPage', ['my-pages']);
const MyTeamPage = lazyPage(() => import('../routes/team/MyTeamPage'), 'MyTeamPage', ['my-pages', 'organisation']);
// Admin pages are loaded only by the people who open them: a worker's browser never fetches them.
const PeoplePage = lazyPage(() => import('../routes/admin/people/PeoplePage'), 'PeoplePage', ['identity', 'organisation', 'person-picker']);
const UnitsPage = lazyPage(() => import('../routes/admin/units/UnitsPage'), 'UnitsPage', ['organisation']);
const ImportPage = lazyPage(() => import('../routes/admin/import/ImportPage'), 'ImportPage', ['organisation']);
const AuditPage = lazyPage(() => import('../routes/admin/AuditPage'), 'AuditPage', ['organisation']);
const OrgSettingsPage = lazyPage(() => import('../routes/admin/OrgSettingsPage'), 'OrgSettingsPage', ['hard-events', 'organisation', 'training']);
const SupportContactsPage = lazyPage(() => import('../routes/admin/SupportContactsPage'), 'SupportContactsPage', ['wellbeing']);
const InstrumentsPage = lazyPage(() => import('../routes/instruments/InstrumentsPage'), 'InstrumentsPage', ['instruments']);
const OrgInstrumentPage = lazyPage(() => import('../routes/instruments/OrgInstrumentPage'), 'OrgInstrumentPage', ['instruments', 'wellbeing']);
// Training pages load only when opened.
const MyDevelopmentPage = lazyPage(() => import('../routes/training/MyDevelopmentPage'), 'MyDevelopmentPage', ['training']);
const TeamCoveragePage = lazyPage(() => import('../routes/training/TeamCoveragePage'), 'TeamCoveragePage', ['training']);
const CoursesPage = lazyPage(() => import('../routes/training/CoursesPage'), 'CoursesPage', ['placement', 'training']);
const TrainingImportPage = lazyPage(() => import('../routes/training/TrainingImportPage'), 'TrainingImportPage', ['organisation', 'training']);
const OutcomesPage = lazyPage(() => import('../routes/workforce/outcomes/OutcomesPage'), 'OutcomesPage', ['assessments', 'figure-actions', 'figure-charts', 'figures', 'outcomes', 'person-picker']);
const WorkforceFiguresPage = lazyPage(() => import('../routes/workforce/WorkforceFiguresPage'), 'WorkforceFiguresPage', ['assessments', 'figure-actions', 'figure-charts', 'figures', 'person-picker']);
// HR events load only when an admin opens them.
const WorkforcePage = lazyPage(() => import('../routes/workforce/WorkforcePage'), 'WorkforcePage', ['organisation', 'person-picker', 'workforce']);
const HrImportPage = lazyPage(() => import('../routes/workforce/HrImportPage'), 'HrImportPage', ['organisation', 'workforce']);
const OrgCoveragePage = lazyPage(() => import('../routes/training/OrgCoveragePage'), 'OrgCoveragePage', ['training']);
const SelfAssessmentPage = lazyPage(() => import('../routes/development/SelfAssessmentPage'), 'SelfAssessmentPage', ['development']);
const TeamPlansPage = lazyPage(() => import('../routes/development/TeamPlansPage'), 'TeamPlansPage', ['development']);
const PersonPlanPage = lazyPage(() => import('../routes/development/PersonPlanPage'), 'PersonPlanPage', ['development']);
const FrameworkPage = lazyPage(() => import('../routes/framework/FrameworkPage'), 'FrameworkPage', ['placement']);
const MyLevelPage = lazyPage(() => import('../routes/framework/MyLevelPage'), 'MyLevelPage', ['placement']);
const UnitPlacementPage = lazyPage(() => import('../routes/framework/UnitPlacementPage'), 'UnitPlacementPage', ['placement']);
// The well-being space loads only when opened (one chunk for all its pages).
const WellbeingOverviewPage = lazyPage(() => import('../routes/wellbeing/pages'), 'OverviewPage', ['my-pages', 'wellbeing']);
const CheckInPage = lazyPage(() => import('../routes/wellbeing/pages'), 'CheckInPage', ['my-pages', 'wellbeing']);
const ResultsPage = lazyPage(() => import('../routes/wellbeing/pages'), 'ResultsPage', ['my-pages', 'wellbeing']);
const ProfilePage = lazyPage(() => import('../routes/wellbeing/pages'), 'ProfilePage', ['my-pages', 'wellbeing']);
const CopingPlanPage = lazyPage(() => import('../routes/wellbeing/pages'), 'CopingPlanPage', ['my-pages', 'wellbeing']);
const ReflectionsPage = lazyPage(() => import('../routes/wellbeing/pages'), 'ReflectionsPage', ['my-pages', 'wellbeing']);
const SharingPage = lazyPage(() => import('../routes/wellbeing/pages'), 'SharingPage', ['my-pages', 'wellbeing']);
const MyDataPage = lazyPage(() => import('../routes/wellbeing/pages'), 'MyDataPage', ['my-pages', 'wellbeing']);
const ScoringPage = lazyPage(() => import('../routes/wellbeing/pages'), 'ScoringPage', ['my-pages', 'wellbeing']);
const BringInPage = lazyPage(() => import('../routes/wellbeing/pages'), 'BringInPage', ['my-pages', 'wellbeing']);
const SharedWithMePage = lazyPage(() => import('../routes/wellbeing/pages'), 'SharedWithMePage', ['my-pages', 'wellbeing']);
const SharedPartPage = lazyPage(() => import('../routes/wellbeing/pages'), 'SharedPartPage', ['my-pages', 'wellbeing']);
const NeedsPage = lazyPage(() => import('../routes/development/NeedsPage'), 'NeedsPage', ['placement']);
const CommunitiesPage = lazyPage(() => import('../routes/peers/pages'), 'CommunitiesPage', ['peers', 'wellbeing']);
const CommunityPage = lazyPage(() => import('../routes/peers/pages'), 'CommunityPage', ['peers', 'wellbeing']);
const BuddiesPage = lazyPage(() => import('../routes/peers/pages'), 'BuddiesPage', ['peers', 'wellbeing']);
const SupportersPage = lazyPage(() => import('../routes/peers/pages'), 'SupportersPage', ['peers', 'wellbeing']);
const SelfRatingPage = lazyPage(() => import('../routes/peers/pages'), 'SelfRatingPage', ['peers', 'wellbeing']);
// Organisational assessments load only when opened (one chunk for all their pages).
const AssessmentsPage = lazyPage(() => import('../routes/assessments/pages'), 'AssessmentsPage', ['assessments', 'figure-actions', 'figures', 'outcomes', 'person-picker', 'placement']);
const AssessmentReviewPage = lazyPage(() => import('../routes/assessments/pages'), 'ReviewPage', ['assessments', 'figure-actions', 'figures', 'outcomes', 'person-picker', 'placement']);
const MyAssessmentsPage = lazyPage(() => import('../routes/assessments/pages'), 'MyAssessmentsPage', ['assessments', 'figure-actions', 'figures', 'outcomes', 'person-picker', 'placement']);
const AssessmentResultsPage = lazyPage(() => import('../routes/assessments/pages'), 'ResultsPage', ['assessments', 'figure-actions', 'figures', 'outcomes', 'person-picker', 'placement']);
const AssessmentActionsPage = lazyPage(() => import('../routes/assessments/pages'), 'ActionsPage', ['assessments', 'figure-actions', 'figures', 'outcomes', 'person-picker', 'placement']);
const OrgActionsPage = lazyPage(() => import('../routes/assessments/pages'), 'OrgActionsPage', ['assessments', 'figure-actions', 'figures', 'outcomes', 'person-picker', 'placement']);
const SurveyPage = lazyPage(() => import('../routes/assessments/pages'), 'SurveyPage', ['assessments', 'figure-actions', 'figures', 'outcomes', 'person-picker', 'placement']);
// Staff voice: one chunk for its three pages.
const VoicePage = lazyPage(() => import('../routes/voice/pages'), 'VoicePage', ['person-picker', 'voice']);
const AnnouncementsPage = lazyPage(() => import('../routes/voice/pages'), 'AnnouncementsPage', ['person-picker', 'voice']);
const HandleConcernsPage = lazyPage(() => import('../routes/voice/pages'), 'HandleConcernsPage', ['person-picker', 'voice']);
// Supervision loads only when opened (one chunk for all its pages).
const MySupervisionPage = lazyPage(() => import('../routes/supervision/pages'), 'MySupervisionPage', ['person-picker', 'supervision']);
const SupervisionSessionPage = lazyPage(() => import('../routes/supervision/pages'), 'SessionPage', ['person-picker', 'supervision']);
const SuperviseesPage = lazyPage(() => import('../routes/supervision/pages'), 'SuperviseesPage', ['person-picker', 'supervision']);
const SuperviseePage = lazyPage(() => import('../routes/supervision/pages'), 'SuperviseePage', ['person-picker', 'supervision']);
const AdminSupervisionPage = lazyPage(() => import('../routes/supervision/pages'), 'AdminSupervisionPage', ['person-picker', 'supervision']);
// Care after a hard event loads only when opened (one chunk for all its pages).
const MyOffersPage = lazyPage(() => import('../routes/hard-events/pages'), 'MyOffersPage', ['hard-events', 'person-picker', 'wellbeing']);
const OfferCheckInPage = lazyPage(() => import('../routes/hard-events/pages'), 'OfferCheckInPage', ['hard-events', 'person-picker', 'wellbeing']);
const MyHardEventCheckInPage = lazyPage(() => import('../routes/hard-events/pages'), 'MyCheckInPage', ['hard-events', 'person-picker', 'wellbeing']);
const HardEventsPage = lazyPage(() => import('../routes/hard-events/pages'), 'HardEventsPage', ['hard-events', 'person-picker', 'wellbeing']);
const HardEventPage = lazyPage(() => import('../routes/hard-events/pages'), 'HardEventPage', ['hard-events', 'person-picker', 'wellbeing']);

/** Every page's address. Role checks here mirror the API's, which refuses regardless. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route
          path="/sign-in"
          element={
            <PublicOnly>
              <SignInPage />
            </PublicOnly>
          }
        />
        <Route
          path="/forgot-password"
          element={
            <PublicOnly>
              <ForgotPasswordPage />
            </PublicOnly>
          }
        />
        <Route path="/reset-password" element={<SetPasswordPage purpose="reset" />} />
        <Route path="/accept-invitation" element={<SetPasswordPage purpose="invite" />} />
        <Route path="/confirm-email" element={<ConfirmEmailPage />} />
        {/* open data is for anyone, signed in or not */}
        <Route path="/open-data" element={<OpenDataListPage />} />
        <Route path="/open-data/:id" element={<OpenDataPublicationPage />} />
        <Route element={<RequireSignIn />}>
          <Route index element={<HomeOfTenant />} />
          <Route path={AREA_HOME.region} element={<RegionAreaPage />} />
          <Route path={AREA_HOME.help} element={<HelpPage />} />
          <Route path="/settings/password" element={<ChangePasswordPage />} />
          {/* a regional hub's own pages: an organisation's people find nothing here */}
          <Route element={<TenantOnly kind="hub" />}>
            <Route path="/region/hub" element={<HubHomePage />} />
            <Route path="/region/invite" element={<RequireRole roles={['hub_admin']}><HubInvitePage /></RequireRole>} />
            <Route path="/region/people" element={<HubPeoplePage />} />
            <Route path="/region/settings" element={<HubSettingsPage />} />
            {/* a hub's collaboratives (the API answers any organisation's session 404) */}
            <Route path="/region/collaboratives" element={<HubCollaborativesPage />} />
            <Route path="/region/collaboratives/:id" element={<HubCollaborativePage />} />
            <Route path="/regional-overview" element={<RequireRole roles={['hub_analyst']}><RegionalOverviewPage /></RequireRole>} />
          </Route>
          {/* every organisation page: a hub's people find nothing here (the API answers them 404 too) */}
          <Route element={<TenantOnly kind="organisation" />}>
          <Route path="/admin/regional-hub" element={<RequireRole roles={['org_admin']}><RegionalHubPage /></RequireRole>} />
          {/* each area's page lists only what this person's roles open, and says so when that is nothing */}
          <Route path={AREA_HOME.you} element={<YouAreaPage />} />
          <Route path={AREA_HOME.team} element={<TeamAreaPage />} />
          <Route path={AREA_HOME.organisation} element={<OrganisationAreaPage />} />
          <Route path="/my-records" element={<AccessLogPage />} />
          {/* anyone who supervises: the server answers 404 to someone who supervises nobody, and the page says so */}
          <Route path="/me/supervision-self-rating" element={<SelfRatingPage />} />
          <Route path="/settings" element={<SettingsPage />} />
          <Route path="/notifications" element={<NotificationsPage />} />
          <Route
            path="/me/development"
            element={
              <RequireRole roles={['worker', 'supervisor', 'org_admin']}>
                <MyDevelopmentPage />
              </RequireRole>
            }
          />
          <Route
            path="/team/coverage"
            element={
              <RequireRole roles={['supervisor']}>
                <TeamCoveragePage />
              </RequireRole>
            }
          />
          <Route
            path="/admin/courses"
            element={
              <RequireRole roles={['org_admin']}>
                <CoursesPage />
              </RequireRole>
            }
          />
          <Route
            path="/admin/training-import"
            element={
              <RequireRole roles={['org_admin']}>
                <TrainingImportPage />
              </RequireRole>
            }
          />
          <Route
            path="/admin/workforce"
            element={
              <RequireRole roles={['org_admin']}>
                <WorkforcePage />
              </RequireRole>
            }
          />
          <Route
            path="/admin/workforce/import"
            element={
              <RequireRole roles={['org_admin']}>
                <HrImportPage />
              </RequireRole>
            }
          />
          <Route
            path="/workforce/figures"
            element={
              <RequireRole roles={['org_admin', 'supervisor']}>
                <WorkforceFiguresPage />
              </RequireRole>
            }
          />
          <Route
            path="/workforce/outcomes"
            element={
              <RequireRole roles={['org_admin', 'supervisor']}>
                <OutcomesPage />
              </RequireRole>
            }
          />
          <Route
            path="/admin/coverage"
            element={
              <RequireRole roles={['org_admin']}>
                <OrgCoveragePage />
              </RequireRole>
            }
          />
          {(
            [
              ['/me/wellbeing', WellbeingOverviewPage],
              ['/me/wellbeing/check-in', CheckInPage],
              ['/me/wellbeing/results', ResultsPage],
              ['/me/wellbeing/instruments/:id/scoring', ScoringPage],
              ['/me/wellbeing/profile', ProfilePage],
              ['/me/wellbeing/coping-plan', CopingPlanPage],
              ['/me/wellbeing/reflections', ReflectionsPage],
              ['/me/wellbeing/sharing', SharingPage],
              ['/me/wellbeing/data', MyDataPage],
              ['/me/wellbeing/bring-in', BringInPage],
              ['/shared-with-me', SharedWithMePage],
              ['/shared-with-me/:grantId', SharedPartPage],
              ['/peers', CommunitiesPage],
              ['/peers/communities/:id', CommunityPage],
              ['/peers/buddies', BuddiesPage],
              ['/peers/supporters', SupportersPage],
            ] as const
          ).map(([path, Component]) => (
            <Route
              key={path}
              path={path}
              element={
                <RequireRole roles={WELLBEING_ROLES}>
                  <Component />
                </RequireRole>
              }
            />
          ))}
          <Route
            path="/voice"
            element={
              <RequireRole roles={WELLBEING_ROLES}>
                <VoicePage />
              </RequireRole>
            }
          />
          <Route
            path="/voice/announcements"
            element={
              <RequireRole roles={WELLBEING_ROLES}>
                <AnnouncementsPage />
              </RequireRole>
            }
          />
          <Route
            path="/admin/voice"
            element={
              <RequireRole roles={['org_admin']}>
                <HandleConcernsPage />
              </RequireRole>
            }
          />
          <Route
            path="/admin/assessments"
            element={
              <RequireRole roles={['org_admin']}>
                <AssessmentsPage />
              </RequireRole>
            }
          />
          <Route
            path="/admin/assessments/actions"
            element={
              <RequireRole roles={['org_admin']}>
                <OrgActionsPage />
              </RequireRole>
            }
          />
          <Route path="/assessments/:cycleId" element={<AssessmentReviewPage />} />
          <Route path="/assessments/:cycleId/results" element={<AssessmentResultsPage />} />
          <Route path="/assessments/:cycleId/actions" element={<AssessmentActionsPage />} />
          <Route path="/assessments/:cycleId/survey" element={<SurveyPage />} />
          <Route path="/my-assessments" element={<MyAssessmentsPage />} />
          <Route path="/framework" element={<FrameworkPage />} />
          <Route path="/me/level" element={<MyLevelPage />} />
          <Route
            path="/team/placement"
            element={
              <RequireRole roles={['supervisor', 'org_admin']}>
                <UnitPlacementPage />
              </RequireRole>
            }
          />
          <Route
            path="/team/needs"
            element={
              <RequireRole roles={['supervisor', 'org_admin']}>
                <NeedsPage />
              </RequireRole>
            }
          />
          <Route
            path="/team"
            element={
              <RequireRole roles={['supervisor']}>
                <MyTeamPage />
              </RequireRole>
            }
          />
          <Route path="/me/self-assessment" element={<SelfAssessmentPage />} />
          <Route
            path="/team/plans"
            element={
              <RequireRole roles={['supervisor', 'org_admin']}>
                <TeamPlansPage />
              </RequireRole>
            }
          />
          <Route
            path="/team/plans/:personId"
            element={
              <RequireRole roles={['supervisor', 'org_admin']}>
                <PersonPlanPage />
              </RequireRole>
            }
          />
          <Route
            path="/admin/people"
            element={
              <RequireRole roles={['org_admin']}>
                <PeoplePage />
              </RequireRole>
            }
          />
          <Route
            path="/admin/units"
            element={
              <RequireRole roles={['org_admin']}>
                <UnitsPage />
              </RequireRole>
            }
          />
          <Route
            path="/admin/import"
            element={
              <RequireRole roles={['org_admin']}>
                <ImportPage />
              </RequireRole>
            }
          />
          <Route
            path="/admin/audit"
            element={
              <RequireRole roles={['org_admin']}>
                <AuditPage />
              </RequireRole>
            }
          />
          <Route
            path="/admin/organisation"
            element={
              <RequireRole roles={['org_admin']}>
                <OrgSettingsPage />
              </RequireRole>
            }
          />
          <Route
            path="/admin/support-contacts"
            element={
              <RequireRole roles={['org_admin']}>
                <SupportContactsPage />
              </RequireRole>
            }
          />
          <Route
            path="/admin/instruments"
            element={
              <RequireRole roles={['org_admin']}>
                <InstrumentsPage />
              </RequireRole>
            }
          />
          <Route
            path="/admin/instruments/own/:id"
            element={
              <RequireRole roles={['org_admin']}>
                <OrgInstrumentPage />
              </RequireRole>
            }
          />
          {(
            [
              ['/me/after-hard-events', MyOffersPage],
              ['/me/after-hard-events/:offerId/check-in', OfferCheckInPage],
              ['/me/after-hard-events/check-ins/:checkInId', MyHardEventCheckInPage],
            ] as const
          ).map(([path, Component]) => (
            <Route
              key={path}
              path={path}
              element={
                <RequireRole roles={WELLBEING_ROLES}>
                  <Component />
                </RequireRole>
              }
            />
          ))}
          <Route path="/hard-events" element={<HardEventsPage />} />
          <Route path="/hard-events/:eventId" element={<HardEventPage />} />
          {/* an organisation's collaboratives at its hubs (admins only: the consent speaks for the organisation) */}
          <Route
            path="/collaboratives"
            element={
              <RequireRole roles={['org_admin']}>
                <MyCollaborativesPage />
              </RequireRole>
            }
          />
          {/* supervision: the pair's pages (the API answers 404 to anyone outside the pair) and the organisation's */}
          <Route path="/me/supervision" element={<MySupervisionPage />} />
          <Route path="/supervision/sessions/:id" element={<SupervisionSessionPage />} />
          <Route path="/supervision/supervisees" element={<SuperviseesPage />} />
          <Route path="/supervision/supervisees/:id" element={<SuperviseePage />} />
          <Route
            path="/admin/supervision"
            element={
              <RequireRole roles={['org_admin']}>
                <AdminSupervisionPage />
              </RequireRole>
            }
          />
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
