/** The assessment pages, one chunk loaded only when one of them is opened. */
export { AssessmentsPage } from './AssessmentsPage';
export { ReviewPage } from './ReviewPage';
export { MyAssessmentsPage } from './MyAssessmentsPage';
export { ResultsPage } from './ResultsPage';
export { ActionsPage, OrgActionsPage } from './ActionsPage';
export { SurveyPage } from './SurveyPage';
