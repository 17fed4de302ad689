/** Supervision's pages, in one lazily loaded chunk. */
export { AdminSupervisionPage } from './AdminSupervisionPage';
export { MySupervisionPage } from './MySupervisionPage';
export { SessionPage } from './SessionPage';
export { SuperviseePage } from './SuperviseePage';
export { SuperviseesPage } from './SuperviseesPage';
