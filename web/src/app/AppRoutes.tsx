import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { ForgotPasswordPage } from '../routes/auth/ForgotPasswordPage';
import { SetPasswordPage } from '../routes/auth/SetPasswordPage';
import { ConfirmEmailPage } from '../routes/auth/ConfirmEmailPage';
import { SignInPage } from '../routes/auth/SignInPage';
import { HomePage } from '../routes/home/HomePage';
import { RegionalOverviewPage } from '../routes/hub/RegionalOverviewPage';
import { AccessLogPage } from '../routes/me/AccessLogPage';
import { SettingsPage } from '../routes/me/SettingsPage';
import { ChangePasswordPage } from '../routes/me/ChangePasswordPage';
import { NotFoundPage } from '../routes/NotFoundPage';
import { MyTeamPage } from '../routes/team/MyTeamPage';
import { PublicOnly, RequireRole, RequireSignIn } from './guards';
import { WELLBEING_ROLES } from './nav';
import { Shell } from './Shell';

// Admin pages are loaded only by the people who open them: a worker's browser never fetches them.
const PeoplePage = lazy(() => import('../routes/admin/people/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const UnitsPage = lazy(() => import('../routes/admin/units/UnitsPage').then((m) => ({ default: m.UnitsPage })));
const ImportPage = lazy(() => import('../routes/admin/import/ImportPage').then((m) => ({ default: m.ImportPage })));
const AuditPage = lazy(() => import('../routes/admin/AuditPage').then((m) => ({ default: m.AuditPage })));
const OrgSettingsPage = lazy(() => import('../routes/admin/OrgSettingsPage').then((m) => ({ default: m.OrgSettingsPage })));
const SupportContactsPage = lazy(() => import('../routes/admin/SupportContactsPage').then((m) => ({ default: m.SupportContactsPage })));
const InstrumentsPage = lazy(() => import('../routes/instruments/InstrumentsPage').then((m) => ({ default: m.InstrumentsPage })));
const OrgInstrumentPage = lazy(() => import('../routes/instruments/OrgInstrumentPage').then((m) => ({ default: m.OrgInstrumentPage })));
// Training pages load only when opened.
const MyDevelopmentPage = lazy(() => import('../routes/training/MyDevelopmentPage').then((m) => ({ default: m.MyDevelopmentPage })));
const TeamCoveragePage = lazy(() => import('../routes/training/TeamCoveragePage').then((m) => ({ default: m.TeamCoveragePage })));
const CoursesPage = lazy(() => import('../routes/training/CoursesPage').then((m) => ({ default: m.CoursesPage })));
const TrainingImportPage = lazy(() => import('../routes/training/TrainingImportPage').then((m) => ({ default: m.TrainingImportPage })));
const OutcomesPage = lazy(() => import('../routes/workforce/outcomes/OutcomesPage').then((m) => ({ default: m.OutcomesPage })));
const WorkforceFiguresPage = lazy(() => import('../routes/workforce/WorkforceFiguresPage').then((m) => ({ default: m.WorkforceFiguresPage })));
// HR events load only when an admin opens them.
const WorkforcePage = lazy(() => import('../routes/workforce/WorkforcePage').then((m) => ({ default: m.WorkforcePage })));
const HrImportPage = lazy(() => import('../routes/workforce/HrImportPage').then((m) => ({ default: m.HrImportPage })));
const OrgCoveragePage = lazy(() => import('../routes/training/OrgCoveragePage').then((m) => ({ default: m.OrgCoveragePage })));
const SelfAssessmentPage = lazy(() => import('../routes/development/SelfAssessmentPage').then((m) => ({ default: m.SelfAssessmentPage })));
const TeamPlansPage = lazy(() => import('../routes/development/TeamPlansPage').then((m) => ({ default: m.TeamPlansPage })));
const PersonPlanPage = lazy(() => import('../routes/development/PersonPlanPage').then((m) => ({ default: m.PersonPlanPage })));
const FrameworkPage = lazy(() => import('../routes/framework/FrameworkPage').then((m) => ({ default: m.FrameworkPage })));
const MyLevelPage = lazy(() => import('../routes/framework/MyLevelPage').then((m) => ({ default: m.MyLevelPage })));
const UnitPlacementPage = lazy(() => import('../routes/framework/UnitPlacementPage').then((m) => ({ default: m.UnitPlacementPage })));
// The well-being space loads only when opened (one chunk for all its pages).
const WellbeingOverviewPage = lazy(() => import('../routes/wellbeing/pages').then((m) => ({ default: m.OverviewPage })));
const CheckInPage = lazy(() => import('../routes/wellbeing/pages').then((m) => ({ default: m.CheckInPage })));
const ResultsPage = lazy(() => import('../routes/wellbeing/pages').then((m) => ({ default: m.ResultsPage })));
const ProfilePage = lazy(() => import('../routes/wellbeing/pages').then((m) => ({ default: m.ProfilePage })));
const CopingPlanPage = lazy(() => import('../routes/wellbeing/pages').then((m) => ({ default: m.CopingPlanPage })));
const ReflectionsPage = lazy(() => import('../routes/wellbeing/pages').then((m) => ({ default: m.ReflectionsPage })));
const SharingPage = lazy(() => import('../routes/wellbeing/pages').then((m) => ({ default: m.SharingPage })));
const MyDataPage = lazy(() => import('../routes/wellbeing/pages').then((m) => ({ default: m.MyDataPage })));
const ScoringPage = lazy(() => import('../routes/wellbeing/pages').then((m) => ({ default: m.ScoringPage })));
const BringInPage = lazy(() => import('../routes/wellbeing/pages').then((m) => ({ default: m.BringInPage })));
const SharedWithMePage = lazy(() => import('../routes/wellbeing/pages').then((m) => ({ default: m.SharedWithMePage })));
const SharedPartPage = lazy(() => import('../routes/wellbeing/pages').then((m) => ({ default: m.SharedPartPage })));
const NeedsPage = lazy(() => import('../routes/development/NeedsPage').then((m) => ({ default: m.NeedsPage })));
// Organisational assessments load only when opened (one chunk for all their pages).
const AssessmentsPage = lazy(() => import('../routes/assessments/pages').then((m) => ({ default: m.AssessmentsPage })));
const AssessmentReviewPage = lazy(() => import('../routes/assessments/pages').then((m) => ({ default: m.ReviewPage })));
const MyAssessmentsPage = lazy(() => import('../routes/assessments/pages').then((m) => ({ default: m.MyAssessmentsPage })));
const AssessmentResultsPage = lazy(() => import('../routes/assessments/pages').then((m) => ({ default: m.ResultsPage })));
const AssessmentActionsPage = lazy(() => import('../routes/assessments/pages').then((m) => ({ default: m.ActionsPage })));
const OrgActionsPage = lazy(() => import('../routes/assessments/pages').then((m) => ({ default: m.OrgActionsPage })));
const SurveyPage = lazy(() => import('../routes/assessments/pages').then((m) => ({ default: m.SurveyPage })));

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
        <Route element={<RequireSignIn />}>
          <Route index element={<HomePage />} />
          <Route path="/my-records" element={<AccessLogPage />} />
          <Route path="/settings" element={<SettingsPage />} />
          <Route path="/settings/password" element={<ChangePasswordPage />} />
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
          <Route
            path="/regional-overview"
            element={
              <RequireRole roles={['hub_analyst']}>
                <RegionalOverviewPage />
              </RequireRole>
            }
          />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
