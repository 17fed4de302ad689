/** Care after a hard event: every page in one chunk, loaded when one of them is opened. */
export { HardEventPage } from './HardEventPage';
export { HardEventsPage } from './HardEventsPage';
export { MyOffersPage } from './MyOffersPage';
export { MyCheckInPage, OfferCheckInPage } from './OfferCheckInPage';
