import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Schemas } from './schema';

/**
 * Peer support and the supervisors' own self-rating, as the API answers
 * (src/modules/peers/present.ts). A community's board and notes answer only its members; a
 * pairing only its two people; a self-rating only its owner.
 */

export type CommunitySummary = Schemas['CommunitySummary'];
export type Community = Schemas['Community'];
export type Post = Schemas['CommunityPost'];
export type MeetingNote = Schemas['MeetingNote'];
export type Pairing = Schemas['BuddyPairing'];
export type OpenBuddy = Schemas['OpenBuddy'];
export type Supporter = Schemas['PeerSupporter'];
export type SelfRating = Schemas['SupervisionSelfRating'];
export type SelfRatings = Schemas['SupervisionSelfRatings'];

export const PEERS_KEY = ['peers'] as const;
const COMMUNITIES = '/api/v1/peers/communities';

/** Every change in peer support refreshes what this browser holds of it. */
function usePeersChange<V, R>(call: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => client.invalidateQueries({ queryKey: PEERS_KEY }) });
}

export const useCommunities = () => useQuery({ queryKey: [...PEERS_KEY, 'communities'], queryFn: () => api<Schemas['Communities']>(COMMUNITIES) });
export const useCommunity = (id: string) => useQuery({ queryKey: [...PEERS_KEY, 'community', id], queryFn: () => api<Community>(`${COMMUNITIES}/${id}`), retry: false });
/** The board: only asked for once the caller is a member (anyone else is answered 404). */
export const usePosts = (id: string, enabled: boolean) =>
  useQuery({ queryKey: [...PEERS_KEY, 'community', id, 'posts'], queryFn: () => api<Schemas['CommunityPosts']>(`${COMMUNITIES}/${id}/posts`), enabled, retry: false });
export const useNotes = (id: string, enabled: boolean) =>
  useQuery({ queryKey: [...PEERS_KEY, 'community', id, 'notes'], queryFn: () => api<Schemas['MeetingNotes']>(`${COMMUNITIES}/${id}/notes`), enabled, retry: false });

export const useStartCommunity = () => usePeersChange((input: Schemas['CommunityInput']) => api<Community>(COMMUNITIES, { method: 'POST', body: input }));
export const useJoinCommunity = () => usePeersChange((id: string) => api<Community>(`${COMMUNITIES}/${id}/join`, { method: 'POST' }));
export const useLeaveCommunity = () => usePeersChange((id: string) => api<Community>(`${COMMUNITIES}/${id}/leave`, { method: 'POST' }));
export const useInvite = () =>
  usePeersChange(({ id, personId }: { id: string; personId: string }) => api<Schemas['CommunityInvitation']>(`${COMMUNITIES}/${id}/invitations`, { method: 'POST', body: { personId } }));
export const useWritePost = () =>
  usePeersChange(({ id, ...input }: Schemas['CommunityPostInput'] & { id: string }) => api<Post>(`${COMMUNITIES}/${id}/posts`, { method: 'POST', body: input }));
export const useReportPost = () =>
  usePeersChange(({ id, postId }: { id: string; postId: string }) => api<void>(`${COMMUNITIES}/${id}/posts/${postId}/reports`, { method: 'POST', body: {} }));
export const useHidePost = () =>
  usePeersChange(({ id, postId, hidden }: { id: string; postId: string; hidden: boolean }) => api<Post>(`${COMMUNITIES}/${id}/posts/${postId}/hidden`, { method: 'PUT', body: { hidden } }));
export const useWriteNote = () =>
  usePeersChange(({ id, ...input }: Schemas['MeetingNoteInput'] & { id: string }) => api<MeetingNote>(`${COMMUNITIES}/${id}/notes`, { method: 'POST', body: input }));

export const useMyBuddies = () => useQuery({ queryKey: [...PEERS_KEY, 'my-buddies'], queryFn: () => api<Schemas['MyBuddies']>('/api/v1/me/buddies') });
export const useOpenBuddies = () => useQuery({ queryKey: [...PEERS_KEY, 'open-buddies'], queryFn: () => api<Schemas['OpenBuddies']>('/api/v1/peers/buddies/open') });
export const useBuddySuggestion = () => useQuery({ queryKey: [...PEERS_KEY, 'buddy-suggestion'], queryFn: () => api<Schemas['BuddySuggestion']>('/api/v1/peers/buddies/suggestion') });
export const useSetOpenness = () => usePeersChange((input: Schemas['BuddyOpennessInput']) => api<Schemas['MyBuddies']>('/api/v1/me/buddies/openness', { method: 'PUT', body: input }));
export const useAskBuddy = () => usePeersChange((input: Schemas['BuddyRequestInput']) => api<Pairing>('/api/v1/me/buddies/pairings', { method: 'POST', body: input }));
export const useMovePairing = () =>
  usePeersChange(({ id, move }: { id: string; move: 'agree' | 'decline' | 'end' }) => api<Pairing>(`/api/v1/me/buddies/pairings/${id}/${move}`, { method: 'POST' }));

export const useSupporters = () => useQuery({ queryKey: [...PEERS_KEY, 'supporters'], queryFn: () => api<Schemas['PeerSupporters']>('/api/v1/peers/supporters') });
export const useMySupporterEntry = () => useQuery({ queryKey: [...PEERS_KEY, 'my-supporter'], queryFn: () => api<Schemas['MyPeerSupporterEntry']>('/api/v1/me/peer-supporter') });
export const useSetSupporterEntry = () =>
  usePeersChange((input: Schemas['PeerSupporterInput']) => api<Schemas['MyPeerSupporterEntry']>('/api/v1/me/peer-supporter', { method: 'PUT', body: input }));

const RATINGS = '/api/v1/me/supervision-self-ratings';
export const useSelfRatings = () => useQuery({ queryKey: [...PEERS_KEY, 'self-ratings'], queryFn: () => api<SelfRatings>(RATINGS), retry: false });
export const useRateMyself = () => usePeersChange((answers: Record<string, number | null>) => api<SelfRating>(RATINGS, { method: 'POST', body: { answers } }));
export const useDeleteSelfRating = () => usePeersChange((id: string) => api<void>(`${RATINGS}/${id}`, { method: 'DELETE' }));
