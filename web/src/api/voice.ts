import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { RequestOf, Schemas } from './schema';

/**
 * Staff voice as the API answers it (src/modules/voice/present.ts): concerns and suggestions with
 * their public answers, and announcements. Nothing here ever carries who raised an anonymous concern.
 */

export type Concern = Schemas['Concern'];
export type HandledConcern = Schemas['HandledConcern'];
export type ConcernStatus = Concern['status'];
export type ConcernKind = Concern['kind'];
export type ConcernInput = RequestOf<'/api/v1/voice/concerns', 'post'>;
export type ConcernAnswer = RequestOf<'/api/v1/voice/handling/concerns/{id}/answer', 'put'>;
export type Announcement = Schemas['Announcement'];
export type AnnouncementKind = Announcement['kind'];
export type AnnouncementInput = RequestOf<'/api/v1/voice/announcements', 'post'>;
export type ReadCounts = Schemas['AnnouncementReadCounts'];

export const CONCERN_STATUSES = ['received', 'considering', 'acting', 'done', 'not-doing'] as const satisfies readonly ConcernStatus[];
export const ANNOUNCEMENT_KINDS = ['policy', 'hiring', 'resources', 'other'] as const satisfies readonly AnnouncementKind[];

const VOICE_KEY = ['voice'] as const;

export const usePublicConcerns = () =>
  useQuery({ queryKey: [...VOICE_KEY, 'public'], queryFn: () => api<{ concerns: Concern[] }>('/api/v1/voice/concerns') });
export const useMyConcerns = () =>
  useQuery({ queryKey: [...VOICE_KEY, 'mine'], queryFn: () => api<{ concerns: Concern[] }>('/api/v1/voice/concerns/mine') });
/** Only for those who handle concerns: anyone else is answered 404, which the page explains. */
export const useConcernsToHandle = () =>
  useQuery({ queryKey: [...VOICE_KEY, 'handling'], queryFn: () => api<{ concerns: HandledConcern[] }>('/api/v1/voice/handling/concerns'), retry: false });
export const useAnnouncements = () =>
  useQuery({ queryKey: [...VOICE_KEY, 'announcements'], queryFn: () => api<{ announcements: Announcement[] }>('/api/v1/voice/announcements') });

function useVoiceChange<V, R>(call: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => client.invalidateQueries({ queryKey: VOICE_KEY }) });
}

export const useRaiseConcern = () => useVoiceChange((input: ConcernInput) => api<Schemas['RaisedConcern']>('/api/v1/voice/concerns', { method: 'POST', body: input }));
export const useAnswerConcern = () =>
  useVoiceChange(({ id, ...answer }: ConcernAnswer & { id: string }) => api<HandledConcern>(`/api/v1/voice/handling/concerns/${id}/answer`, { method: 'PUT', body: answer }));
export const usePublishAnnouncement = () =>
  useVoiceChange((input: AnnouncementInput) => api<Announcement>('/api/v1/voice/announcements', { method: 'POST', body: input }));
export const useMarkRead = () =>
  useVoiceChange(({ id, read }: { id: string; read: boolean }) => api<void>(`/api/v1/voice/announcements/${id}/read`, { method: read ? 'PUT' : 'DELETE' }));

/** How many read an announcement, as the privacy gate released it; asked for only when an admin opens it. */
export const useReadCounts = (id: string | null) =>
  useQuery({ queryKey: [...VOICE_KEY, 'reads', id], queryFn: () => api<ReadCounts>(`/api/v1/voice/announcements/${id}/reads`), enabled: id !== null });

export type ConcernHandlers = Schemas['ConcernHandlers'];
/** Who handles concerns: told to a person before they put their name to one. */
export const useConcernHandlers = () => useQuery({ queryKey: [...VOICE_KEY, 'handlers'], queryFn: () => api<ConcernHandlers>('/api/v1/voice/handlers') });

/** An admin sets who handles concerns (the organisation's voiceHandlerIds setting); everything shown may change. */
export function useSetConcernHandlers() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (voiceHandlerIds: string[]) => api<unknown>('/api/v1/org/settings', { method: 'PATCH', body: { voiceHandlerIds } }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: VOICE_KEY });
      await client.invalidateQueries({ queryKey: ['org'] });
    },
  });
}
