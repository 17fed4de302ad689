/** The well-being space's pages, in one lazily loaded chunk. */
export { BringInPage } from './BringInPage';
export { CheckInPage } from './CheckInPage';
export { CopingPlanPage } from './CopingPlanPage';
export { MyDataPage } from './MyDataPage';
export { OverviewPage } from './OverviewPage';
export { ProfilePage } from './ProfilePage';
export { ReflectionsPage } from './ReflectionsPage';
export { ResultsPage } from './ResultsPage';
export { ScoringPage } from './ScoringPage';
export { SharedPartPage, SharedWithMePage } from './SharedWithMePage';
export { SharingPage } from './SharingPage';
