/** Peer support and the supervisors' self-rating, in one lazily loaded chunk. */
export { BuddiesPage } from './BuddiesPage';
export { CommunitiesPage } from './CommunitiesPage';
export { CommunityPage } from './CommunityPage';
export { SelfRatingPage } from './SelfRatingPage';
export { SupportersPage } from './SupportersPage';
