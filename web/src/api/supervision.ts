import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Schemas } from './schema';

/** Supervision over the API: the pair's pages, private notes, and the organisation's side. */

export type PairView = Schemas['SupervisionPair'];
export type Session = Schemas['SupervisionSession'];
export type SessionSummary = Schemas['SupervisionSessionSummary'];
export type Supervisee = Schemas['Supervisee'];
export type PrivateNote = Schemas['SupervisionPrivateNote'];
export type RecordInput = Schemas['SupervisionRecordInput'];
export type Assignment = Schemas['SupervisionAssignment'];
export type HeldCounts = Schemas['SupervisionHeldCounts'];

export const SUPERVISION_KEY = ['supervision'] as const;
const S = '/api/v1/supervision';

/** Every change here may move dates, lists and sessions: refresh all of supervision. */
function useSupervisionChange<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: SUPERVISION_KEY }) });
}

export const useMySupervision = () => useQuery({ queryKey: [...SUPERVISION_KEY, 'me'], queryFn: () => api<PairView>('/api/v1/me/supervision'), staleTime: 0 });
export const useSupervisees = () => useQuery({ queryKey: [...SUPERVISION_KEY, 'supervisees'], queryFn: () => api<Schemas['Supervisees']>(`${S}/supervisees`), staleTime: 0 });
export const useSupervisee = (workerId: string) =>
  useQuery({ queryKey: [...SUPERVISION_KEY, 'supervisee', workerId], queryFn: () => api<PairView>(`${S}/supervisees/${workerId}`), staleTime: 0 });
export const useSession = (id: string) => useQuery({ queryKey: [...SUPERVISION_KEY, 'session', id], queryFn: () => api<Session>(`${S}/sessions/${id}`), staleTime: 0 });
export const useMyNotes = (sessionId: string) =>
  useQuery({ queryKey: [...SUPERVISION_KEY, 'notes', sessionId], queryFn: () => api<Schemas['SupervisionPrivateNotes']>(`${S}/sessions/${sessionId}/private-notes`), staleTime: 0 });

export const usePlanSession = () =>
  useSupervisionChange(({ workerId, plannedFor }: { workerId: string; plannedFor: string }) => api<SessionSummary>(`${S}/supervisees/${workerId}/sessions`, { method: 'POST', body: { plannedFor } }));
export const useCancelSession = () => useSupervisionChange((id: string) => api<void>(`${S}/sessions/${id}`, { method: 'DELETE' }));
export const useRecordSession = () =>
  useSupervisionChange(({ id, input }: { id: string; input: RecordInput }) => api<Session>(`${S}/sessions/${id}/record`, { method: 'PUT', body: input }));
export const useConfirmSession = () => useSupervisionChange((id: string) => api<Session>(`${S}/sessions/${id}/confirm`, { method: 'POST' }));
export const useAskChange = () =>
  useSupervisionChange(({ id, request }: { id: string; request: string }) => api<Session>(`${S}/sessions/${id}/change-request`, { method: 'POST', body: { request } }));
export const useAddNote = () =>
  useSupervisionChange(({ sessionId, body }: { sessionId: string; body: string }) => api<PrivateNote>(`${S}/sessions/${sessionId}/private-notes`, { method: 'POST', body: { body } }));
export const useUpdateNote = () => useSupervisionChange(({ id, body }: { id: string; body: string }) => api<PrivateNote>(`${S}/private-notes/${id}`, { method: 'PUT', body: { body } }));
export const useDeleteNote = () => useSupervisionChange((id: string) => api<void>(`${S}/private-notes/${id}`, { method: 'DELETE' }));
export const useProposeRhythm = () =>
  useSupervisionChange(({ workerId, weeks }: { workerId: string; weeks: number }) => api<void>(`${S}/pairs/${workerId}/rhythm`, { method: 'PUT', body: { weeks } }));
export const useAgreeRhythm = () => useSupervisionChange((workerId: string) => api<void>(`${S}/pairs/${workerId}/rhythm/agree`, { method: 'POST' }));

export const useAssignments = (offset: number) =>
  useQuery({ queryKey: [...SUPERVISION_KEY, 'assignments', offset], queryFn: () => api<Schemas['SupervisionAssignments']>(`${S}/assignments?limit=50&offset=${offset}`), staleTime: 0 });
export const useAssign = () =>
  useSupervisionChange(({ workerId, supervisorId }: { workerId: string; supervisorId: string | null }) => api<Assignment>(`${S}/assignments/${workerId}`, { method: 'PUT', body: { supervisorId } }));
export const useSessionsHeld = (quarter: string) =>
  useQuery({ queryKey: [...SUPERVISION_KEY, 'held', quarter], queryFn: () => api<HeldCounts>(`${S}/sessions-held?quarter=${quarter}`), staleTime: 0, retry: false });
