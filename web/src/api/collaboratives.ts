import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from './client';
import type { ResponseOf } from './schema';

/** A hub's collaboratives, read-only: the list, one collaborative with its completion counts, and its benchmarks through the gate. */
export type CollaborativeSummary = ResponseOf<'/api/v1/hub/collaboratives', 'get'>['collaboratives'][number];
export type Collaborative = ResponseOf<'/api/v1/hub/collaboratives/{id}', 'get'>;
export type BenchmarkRow = ResponseOf<'/api/v1/hub/collaboratives/{id}/benchmarks', 'get'>['rows'][number];
export type BenchmarkFigure = BenchmarkRow['hub'];

export const useCollaboratives = () => useQuery({ queryKey: ['collaboratives'], queryFn: () => api<{ collaboratives: CollaborativeSummary[] }>('/api/v1/hub/collaboratives') });

export const useCollaborative = (id: string) => useQuery({ queryKey: ['collaboratives', id], queryFn: () => api<Collaborative>(`/api/v1/hub/collaboratives/${id}`) });

export const useCollaborativeBenchmarks = (id: string) =>
  useQuery({ queryKey: ['collaboratives', id, 'benchmarks'], queryFn: () => api<{ rows: BenchmarkRow[] }>(`/api/v1/hub/collaboratives/${id}/benchmarks`) });

/** The organisation's side: the hubs that invited it, and at each its collaborative and benchmarks (404 when it takes part in none). */
export type MyHubMembership = ResponseOf<'/api/v1/org/hubs', 'get'>['memberships'][number];
export type MyCollaborative = ResponseOf<'/api/v1/org/hubs/{hubId}/collaborative', 'get'>;

export const useMyHubMemberships = () => useQuery({ queryKey: ['org-hubs'], queryFn: () => api<{ memberships: MyHubMembership[] }>('/api/v1/org/hubs') });

const notIfMissing = (count: number, error: unknown) => count < 2 && !(error instanceof ApiError && error.status === 404);

export const useMyCollaborative = (hubId: string) =>
  useQuery({ queryKey: ['org-hubs', hubId, 'collaborative'], queryFn: () => api<MyCollaborative>(`/api/v1/org/hubs/${hubId}/collaborative`), retry: notIfMissing });

export const useMyBenchmarks = (hubId: string, enabled: boolean) =>
  useQuery({ queryKey: ['org-hubs', hubId, 'benchmarks'], queryFn: () => api<{ rows: BenchmarkRow[] }>(`/api/v1/org/hubs/${hubId}/collaborative/benchmarks`), enabled });

/** Links one of our whole-organisation staff surveys to a timepoint; the answer says how many figures went to the hub at once. */
export function useLinkSurvey(hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ timepointId, cycleId }: { timepointId: string; cycleId: string }) =>
      api<{ contributed: number }>(`/api/v1/org/hubs/${hubId}/collaborative/timepoints/${timepointId}/survey`, { method: 'POST', body: { cycleId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['org-hubs', hubId] }),
  });
}

/** Opens a whole-organisation staff survey of the timepoint's pack and links it to the timepoint, in one step. */
export function useOpenTimepointSurvey(hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ timepointId, ...body }: { timepointId: string; title: string; opensOn: string; closesOn: string }) =>
      api<{ cycleId: string }>(`/api/v1/org/hubs/${hubId}/collaborative/timepoints/${timepointId}/new-survey`, { method: 'POST', body }),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['org-hubs', hubId] }), queryClient.invalidateQueries({ queryKey: ['assessment-cycles'] })]),
  });
}

/** Links one of our closed whole-organisation audits to a timepoint; its confirmed ratings per section go to the hub at once. */
export function useLinkAudit(hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ timepointId, cycleId }: { timepointId: string; cycleId: string }) =>
      api<{ contributed: number }>(`/api/v1/org/hubs/${hubId}/collaborative/timepoints/${timepointId}/audit`, { method: 'POST', body: { cycleId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['org-hubs', hubId] }),
  });
}

/** Sends our check-in band counts for a timepoint's quarter, as our own privacy gate shows them (0: it showed none yet). */
export function useContributeBands(hubId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ timepointId }: { timepointId: string }) =>
      api<{ contributed: number; quarter: string }>(`/api/v1/org/hubs/${hubId}/collaborative/timepoints/${timepointId}/check-in-bands`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['org-hubs', hubId] }),
  });
}

/** The installed assessment packs a hub's timepoints can run. */
export const useHubAssessmentPacks = () =>
  useQuery({ queryKey: ['hub', 'assessment-packs'], queryFn: () => api<{ packs: Array<{ id: string; version: string; title: Record<string, string> }> }>('/api/v1/hub/assessment-packs') });

/** A hub admin starts a collaborative. */
export function useStartCollaborative() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; purpose: string; startsOn: string; packId: string }) => api<{ id: string }>('/api/v1/hub/collaboratives', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['collaboratives'] }),
  });
}

/** A hub admin adds a member organisation (consent in force) to a collaborative. */
/** Takes a member out (only one that has contributed nothing; the server says so otherwise). */
export function useRemoveCollaborativeMember(collaborativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (orgId: string) => api<null>(`/api/v1/hub/collaboratives/${collaborativeId}/members/${orgId}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['collaboratives', collaborativeId] }),
  });
}

export function useAddCollaborativeMember(collaborativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (orgId: string) => api<null>(`/api/v1/hub/collaboratives/${collaborativeId}/members`, { method: 'POST', body: { orgId } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['collaboratives', collaborativeId] }),
  });
}
