import { Route } from 'react-router';
import { lazyPage } from '../lazy-page';
import { only } from './only';

// Admin pages load only for the people who open them: a worker's browser never fetches them.
const PeoplePage = lazyPage(() => import('../../routes/admin/people/PeoplePage'), 'PeoplePage', ['identity', 'organisation', 'person-picker']);
const UnitsPage = lazyPage(() => import('../../routes/admin/units/UnitsPage'), 'UnitsPage', ['organisation']);
const ImportPage = lazyPage(() => import('../../routes/admin/import/ImportPage'), 'ImportPage', ['organisation']);
const AuditPage = lazyPage(() => import('../../routes/admin/AuditPage'), 'AuditPage', ['organisation']);
const OrgSettingsPage = lazyPage(() => import('../../routes/admin/OrgSettingsPage'), 'OrgSettingsPage', ['hard-events', 'organisation', 'training']);
const SupportContactsPage = lazyPage(() => import('../../routes/admin/SupportContactsPage'), 'SupportContactsPage', ['wellbeing']);
const InstrumentsPage = lazyPage(() => import('../../routes/instruments/InstrumentsPage'), 'InstrumentsPage', ['instruments']);
const OrgInstrumentPage = lazyPage(() => import('../../routes/instruments/OrgInstrumentPage'), 'OrgInstrumentPage', ['instruments', 'wellbeing']);
const CoursesPage = lazyPage(() => import('../../routes/training/CoursesPage'), 'CoursesPage', ['placement', 'training']);
const TrainingImportPage = lazyPage(() => import('../../routes/training/TrainingImportPage'), 'TrainingImportPage', ['organisation', 'training']);
const OrgCoveragePage = lazyPage(() => import('../../routes/training/OrgCoveragePage'), 'OrgCoveragePage', ['training']);
const WorkforcePage = lazyPage(() => import('../../routes/workforce/WorkforcePage'), 'WorkforcePage', ['organisation', 'person-picker', 'workforce']);
const HrImportPage = lazyPage(() => import('../../routes/workforce/HrImportPage'), 'HrImportPage', ['organisation', 'workforce']);
const WorkforceFiguresPage = lazyPage(() => import('../../routes/workforce/WorkforceFiguresPage'), 'WorkforceFiguresPage', ['assessments', 'figure-actions', 'figure-charts', 'figures', 'person-picker']);
const OutcomesPage = lazyPage(() => import('../../routes/workforce/outcomes/OutcomesPage'), 'OutcomesPage', ['assessments', 'figure-actions', 'figure-charts', 'figures', 'outcomes', 'person-picker']);
const AssessmentsPage = lazyPage(() => import('../../routes/assessments/pages'), 'AssessmentsPage', ['assessments', 'figure-actions', 'figures', 'outcomes', 'person-picker', 'placement']);
const OrgActionsPage = lazyPage(() => import('../../routes/assessments/pages'), 'OrgActionsPage', ['assessments', 'figure-actions', 'figures', 'outcomes', 'person-picker', 'placement']);
const HandleConcernsPage = lazyPage(() => import('../../routes/voice/pages'), 'HandleConcernsPage', ['person-picker', 'voice']);
const AdminSupervisionPage = lazyPage(() => import('../../routes/supervision/pages'), 'AdminSupervisionPage', ['person-picker', 'supervision']);
const RegionalHubPage = lazyPage(() => import('../../routes/hub/RegionalHubPage'), 'RegionalHubPage', ['hub', 'standards']);
const OrgHubStandardsPage = lazyPage(() => import('../../routes/standards/OrgHubStandardsPage'), 'OrgHubStandardsPage', ['standards']);
const MyCollaborativesPage = lazyPage(() => import('../../routes/collaboratives/MyCollaborativesPage'), 'MyCollaborativesPage', ['collaboratives', 'shared-practice']);
const OrgSharedPracticePage = lazyPage(() => import('../../routes/shared-practice/SharedPracticePage'), 'OrgSharedPracticePage', ['shared-practice']);

/** Pages only an organisation's admins open. */
const ADMIN_PAGES = [
  ['/admin/people', PeoplePage],
  ['/admin/units', UnitsPage],
  ['/admin/import', ImportPage],
  ['/admin/workforce', WorkforcePage],
  ['/admin/workforce/import', HrImportPage],
  ['/admin/courses', CoursesPage],
  ['/admin/training-import', TrainingImportPage],
  ['/admin/coverage', OrgCoveragePage],
  ['/admin/assessments', AssessmentsPage],
  ['/admin/assessments/actions', OrgActionsPage],
  ['/admin/voice', HandleConcernsPage],
  ['/admin/supervision', AdminSupervisionPage],
  ['/admin/support-contacts', SupportContactsPage],
  ['/admin/instruments', InstrumentsPage],
  ['/admin/instruments/own/:id', OrgInstrumentPage],
  ['/admin/organisation', OrgSettingsPage],
  ['/admin/audit', AuditPage],
  // its hubs: consent and collaboratives (admins only: the consent speaks for the organisation)
  ['/admin/regional-hub', RegionalHubPage],
  ['/admin/hub-standards', OrgHubStandardsPage],
  ['/collaboratives', MyCollaborativesPage],
  ['/collaboratives/:hubId/practice', OrgSharedPracticePage],
] as const;

/** The "Organisation" area (mounted inside the organisation's pages). */
export function organisationRoutes() {
  return (
    <>
      {ADMIN_PAGES.map(([path, Page]) => (
        <Route key={path} path={path} element={only(['org_admin'], <Page />)} />
      ))}
      {/* figures for admins and supervisors: each sees only what the privacy gate releases to them */}
      <Route path="/workforce/figures" element={only(['org_admin', 'supervisor'], <WorkforceFiguresPage />)} />
      <Route path="/workforce/outcomes" element={only(['org_admin', 'supervisor'], <OutcomesPage />)} />
    </>
  );
}
