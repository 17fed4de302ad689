/** Staff voice's pages, one lazily loaded chunk. */
export { AnnouncementsPage } from './AnnouncementsPage';
export { HandleConcernsPage } from './HandleConcernsPage';
export { VoicePage } from './VoicePage';
