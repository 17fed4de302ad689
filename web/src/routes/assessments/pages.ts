/** The assessment pages, one chunk loaded only when one of them is opened. */
export { AssessmentsPage } from './AssessmentsPage';
export { ReviewPage } from './ReviewPage';
export { MyAssessmentsPage } from './MyAssessmentsPage';
