import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Schemas } from './schema';

/**
 * A collaborative's shared practice, from either side: the hub's people address it by the
 * collaborative's id, an organisation's admins by the hub's (one collaborative per hub). `base` is
 * that address; everything below it is the same on both sides.
 */
export type PracticeItem = Schemas['PracticeLibraryItem'];
export type PracticeBoard = Schemas['PracticeBoard'];
export type PracticePost = Schemas['PracticePost'];
export type PracticeSource = Schemas['PracticeSource'];
export type PracticeKind = PracticeItem['kind'];

export const hubPracticeBase = (collaborativeId: string) => `/api/v1/hub/collaboratives/${collaborativeId}`;
export const orgPracticeBase = (hubId: string) => `/api/v1/org/hubs/${hubId}/collaborative`;

export const useLibrary = (base: string, kind: PracticeKind | '') =>
  useQuery({ queryKey: ['practice', base, 'library', kind], queryFn: () => api<{ items: PracticeItem[] }>(`${base}/library${kind ? `?kind=${kind}` : ''}`) });

export const useBoard = (base: string) => useQuery({ queryKey: ['practice', base, 'board'], queryFn: () => api<PracticeBoard>(`${base}/board`) });

function usePracticeMutation<I, O>(base: string, run: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['practice', base] }) });
}

export type NewItem = { kind: 'link'; title: string; url: string } | { kind: 'story'; title: string; text: string; nameOrganisation: boolean } | { kind: 'document'; title: string; file: File | null };

export const useAddItem = (base: string) =>
  usePracticeMutation(base, (input: NewItem) => {
    if (input.kind === 'link') return api<PracticeItem>(`${base}/library/links`, { method: 'POST', body: { title: input.title, url: input.url } });
    if (input.kind === 'story') return api<PracticeItem>(`${base}/library/stories`, { method: 'POST', body: { title: input.title, text: input.text, nameOrganisation: input.nameOrganisation } });
    const form = new FormData();
    form.append('title', input.title);
    if (input.file) form.append('file', input.file, input.file.name);
    return api<PracticeItem>(`${base}/library/documents`, { method: 'POST', form });
  });

export const useNameStory = (base: string) =>
  usePracticeMutation(base, ({ id, nameOrganisation }: { id: string; nameOrganisation: boolean }) => api<PracticeItem>(`${base}/library/${id}`, { method: 'PATCH', body: { nameOrganisation } }));

export const useRemoveItem = (base: string) => usePracticeMutation(base, (id: string) => api<void>(`${base}/library/${id}`, { method: 'DELETE' }));

export const useStartThread = (base: string) => usePracticeMutation(base, (input: { title: string; body: string }) => api<PracticePost>(`${base}/board/threads`, { method: 'POST', body: input }));

export const useReply = (base: string) =>
  usePracticeMutation(base, ({ threadId, body }: { threadId: string; body: string }) => api<PracticePost>(`${base}/board/threads/${threadId}/replies`, { method: 'POST', body: { body } }));

export const useEditPost = (base: string) =>
  usePracticeMutation(base, ({ id, ...input }: { id: string; body: string; title?: string }) => api<PracticePost>(`${base}/board/posts/${id}`, { method: 'PATCH', body: input }));

export const useDeletePost = (base: string) => usePracticeMutation(base, (id: string) => api<void>(`${base}/board/posts/${id}`, { method: 'DELETE' }));

/** A hub admin hides a post with a reason (null: shows it again). */
export const useModeratePost = (base: string) =>
  usePracticeMutation(base, ({ id, reason }: { id: string; reason: string | null }) =>
    api<PracticePost>(`${base}/board/posts/${id}/hidden`, reason === null ? { method: 'DELETE' } : { method: 'PUT', body: { reason } }),
  );

export type ReportKind = Schemas['PracticeReportInput']['kind'];

/** A reader asks the hub's moderators to look at a post (their identity is never shown). */
export const useReportPost = (base: string) =>
  usePracticeMutation(base, ({ id, kind, reason }: { id: string; kind: ReportKind; reason: string }) => api<PracticePost>(`${base}/board/posts/${id}/reports`, { method: 'POST', body: { kind, reason } }));

/** A hub admin dismisses a post's open reports without hiding it. */
export const useDismissReports = (base: string) => usePracticeMutation(base, (id: string) => api<PracticePost>(`${base}/board/posts/${id}/reports`, { method: 'DELETE' }));
