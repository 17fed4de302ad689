import { Route } from 'react-router';
import { lazyPage } from '../lazy-page';
import { WELLBEING_ROLES } from '../nav';
import { only } from './only';

// One person's own pages: practice, the private well-being space, support and account.
const AccessLogPage = lazyPage(() => import('../../routes/me/AccessLogPage'), 'AccessLogPage', ['identity', 'my-pages', 'organisation', 'workforce']);
const SettingsPage = lazyPage(() => import('../../routes/me/SettingsPage'), 'SettingsPage', ['my-pages', 'organisation', 'reminders']);
const NotificationsPage = lazyPage(() => import('../../routes/reminders/NotificationsPage'), 'NotificationsPage', ['reminders']);
const MyDevelopmentPage = lazyPage(() => import('../../routes/training/MyDevelopmentPage'), 'MyDevelopmentPage', ['training']);
const SelfAssessmentPage = lazyPage(() => import('../../routes/development/SelfAssessmentPage'), 'SelfAssessmentPage', ['development']);
const FrameworkPage = lazyPage(() => import('../../routes/framework/FrameworkPage'), 'FrameworkPage', ['placement']);
const MyLevelPage = lazyPage(() => import('../../routes/framework/MyLevelPage'), 'MyLevelPage', ['placement']);
// The well-being space loads only when opened (one chunk for all its pages).
const WellbeingOverviewPage = lazyPage(() => import('../../routes/wellbeing/pages'), 'OverviewPage', ['my-pages', 'wellbeing']);
const CheckInPage = lazyPage(() => import('../../routes/wellbeing/pages'), 'CheckInPage', ['my-pages', 'wellbeing']);
const ResultsPage = lazyPage(() => import('../../routes/wellbeing/pages'), 'ResultsPage', ['my-pages', 'wellbeing']);
const ProfilePage = lazyPage(() => import('../../routes/wellbeing/pages'), 'ProfilePage', ['my-pages', 'wellbeing']);
const CopingPlanPage = lazyPage(() => import('../../routes/wellbeing/pages'), 'CopingPlanPage', ['my-pages', 'wellbeing']);
const ReflectionsPage = lazyPage(() => import('../../routes/wellbeing/pages'), 'ReflectionsPage', ['my-pages', 'wellbeing']);
const SharingPage = lazyPage(() => import('../../routes/wellbeing/pages'), 'SharingPage', ['my-pages', 'wellbeing']);
const MyDataPage = lazyPage(() => import('../../routes/wellbeing/pages'), 'MyDataPage', ['my-pages', 'wellbeing']);
const ScoringPage = lazyPage(() => import('../../routes/wellbeing/pages'), 'ScoringPage', ['my-pages', 'wellbeing']);
const BringInPage = lazyPage(() => import('../../routes/wellbeing/pages'), 'BringInPage', ['my-pages', 'wellbeing']);
const SharedWithMePage = lazyPage(() => import('../../routes/wellbeing/pages'), 'SharedWithMePage', ['my-pages', 'wellbeing']);
const SharedPartPage = lazyPage(() => import('../../routes/wellbeing/pages'), 'SharedPartPage', ['my-pages', 'wellbeing']);
const CommunitiesPage = lazyPage(() => import('../../routes/peers/pages'), 'CommunitiesPage', ['peers', 'wellbeing']);
const CommunityPage = lazyPage(() => import('../../routes/peers/pages'), 'CommunityPage', ['peers', 'wellbeing']);
const BuddiesPage = lazyPage(() => import('../../routes/peers/pages'), 'BuddiesPage', ['peers', 'wellbeing']);
const SupportersPage = lazyPage(() => import('../../routes/peers/pages'), 'SupportersPage', ['peers', 'wellbeing']);
// Care after a hard event: one chunk for all its pages (the team's are in team.tsx).
const MyOffersPage = lazyPage(() => import('../../routes/hard-events/pages'), 'MyOffersPage', ['hard-events', 'person-picker', 'wellbeing']);
const OfferCheckInPage = lazyPage(() => import('../../routes/hard-events/pages'), 'OfferCheckInPage', ['hard-events', 'person-picker', 'wellbeing']);
const MyHardEventCheckInPage = lazyPage(() => import('../../routes/hard-events/pages'), 'MyCheckInPage', ['hard-events', 'person-picker', 'wellbeing']);
// Assessments one takes part in: one chunk with the organisation's assessment pages.
const AssessmentReviewPage = lazyPage(() => import('../../routes/assessments/pages'), 'ReviewPage', ['assessments', 'figure-actions', 'figures', 'outcomes', 'person-picker', 'placement']);
const MyAssessmentsPage = lazyPage(() => import('../../routes/assessments/pages'), 'MyAssessmentsPage', ['assessments', 'figure-actions', 'figures', 'outcomes', 'person-picker', 'placement']);
const AssessmentResultsPage = lazyPage(() => import('../../routes/assessments/pages'), 'ResultsPage', ['assessments', 'figure-actions', 'figures', 'outcomes', 'person-picker', 'placement']);
const AssessmentActionsPage = lazyPage(() => import('../../routes/assessments/pages'), 'ActionsPage', ['assessments', 'figure-actions', 'figures', 'outcomes', 'person-picker', 'placement']);
const SurveyPage = lazyPage(() => import('../../routes/assessments/pages'), 'SurveyPage', ['assessments', 'figure-actions', 'figures', 'outcomes', 'person-picker', 'placement']);
const VoicePage = lazyPage(() => import('../../routes/voice/pages'), 'VoicePage', ['person-picker', 'voice']);
const AnnouncementsPage = lazyPage(() => import('../../routes/voice/pages'), 'AnnouncementsPage', ['person-picker', 'voice']);
const MySupervisionPage = lazyPage(() => import('../../routes/supervision/pages'), 'MySupervisionPage', ['person-picker', 'supervision']);
const SupervisionSessionPage = lazyPage(() => import('../../routes/supervision/pages'), 'SessionPage', ['person-picker', 'supervision']);

/** Pages open to people who keep a well-being space (workers, supervisors, admins: not a hub's people). */
const WELLBEING_PAGES = [
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
  ['/voice', VoicePage],
  ['/voice/announcements', AnnouncementsPage],
  ['/me/after-hard-events', MyOffersPage],
  ['/me/after-hard-events/:offerId/check-in', OfferCheckInPage],
  ['/me/after-hard-events/check-ins/:checkInId', MyHardEventCheckInPage],
] as const;

/** The "You" area (mounted inside the organisation's pages). */
export function youRoutes() {
  return (
    <>
      <Route path="/my-records" element={<AccessLogPage />} />
      <Route path="/settings" element={<SettingsPage />} />
      <Route path="/notifications" element={<NotificationsPage />} />
      <Route path="/me/development" element={only(['worker', 'supervisor', 'org_admin'], <MyDevelopmentPage />)} />
      <Route path="/me/self-assessment" element={<SelfAssessmentPage />} />
      <Route path="/me/level" element={<MyLevelPage />} />
      <Route path="/framework" element={<FrameworkPage />} />
      {WELLBEING_PAGES.map(([path, Page]) => (
        <Route key={path} path={path} element={only(WELLBEING_ROLES, <Page />)} />
      ))}
      {/* an assessment's pages: the API answers each person by their part in it */}
      <Route path="/assessments/:cycleId" element={<AssessmentReviewPage />} />
      <Route path="/assessments/:cycleId/results" element={<AssessmentResultsPage />} />
      <Route path="/assessments/:cycleId/actions" element={<AssessmentActionsPage />} />
      <Route path="/assessments/:cycleId/survey" element={<SurveyPage />} />
      <Route path="/my-assessments" element={<MyAssessmentsPage />} />
      {/* supervision: the pair's pages (the API answers 404 to anyone outside the pair) */}
      <Route path="/me/supervision" element={<MySupervisionPage />} />
      <Route path="/supervision/sessions/:id" element={<SupervisionSessionPage />} />
    </>
  );
}
