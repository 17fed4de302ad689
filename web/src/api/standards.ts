import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from './client';
import type { ResponseOf } from './schema';

/** A hub's standards: its side (versions, notes, recognitions; publishing) and a member organisation's (the version it runs, what changed). */
export type HubStandards = ResponseOf<'/api/v1/hub/standards', 'get'>;
export type HubStandard = HubStandards['standards'][number];
export type HubRecognition = HubStandards['recognitions'][number];
export type StandardPack = ResponseOf<'/api/v1/hub/standards/packs', 'get'>['packs'][number];
export type MyHubStandards = ResponseOf<'/api/v1/org/hubs/{hubId}/standards', 'get'>;
export type MyHubStandard = MyHubStandards['standards'][number];
export type PackDiff = NonNullable<MyHubStandard['diff']>;

export const useHubStandards = () => useQuery({ queryKey: ['hub', 'standards'], queryFn: () => api<HubStandards>('/api/v1/hub/standards') });
export const useStandardPacks = () => useQuery({ queryKey: ['hub', 'standards', 'packs'], queryFn: () => api<{ packs: StandardPack[] }>('/api/v1/hub/standards/packs') });

/** Where a version's pack comes from: an uploaded file's text, or an installed pack. */
export type VersionSource = { packText: string } | { packId: string; packVersion: string };

/** Publishes a new standard (with a name) or the next version of one (with its id). */
export function usePublishStandardVersion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ standardId, name, note, source }: { standardId: string | null; name: string; note: string; source: VersionSource }) =>
      standardId
        ? api<{ standardId: string; packVersion: string }>(`/api/v1/hub/standards/${standardId}/versions`, { method: 'POST', body: { note, ...source } })
        : api<{ standardId: string; packVersion: string }>('/api/v1/hub/standards', { method: 'POST', body: { name, note, ...source } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['hub', 'standards'] }),
  });
}

export function useRecognise() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ standardId, ...body }: { standardId: string; orgId: string; packVersion: string; metOn: string; note: string }) =>
      api<void>(`/api/v1/hub/standards/${standardId}/recognitions`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['hub', 'standards'] }),
  });
}

export function useWithdrawRecognition() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ standardId, ...body }: { standardId: string; orgId: string; packVersion: string }) =>
      api<void>(`/api/v1/hub/standards/${standardId}/recognitions/withdraw`, { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['hub', 'standards'] }),
  });
}

const notIfMissing = (count: number, error: unknown) => count < 2 && !(error instanceof ApiError && error.status === 404);

/** One hub's standards as my organisation sees them (404 while its consent is not in force). */
export const useMyHubStandards = (hubId: string, enabled = true) =>
  useQuery({ queryKey: ['org-hubs', hubId, 'standards'], queryFn: () => api<MyHubStandards>(`/api/v1/org/hubs/${hubId}/standards`), retry: notIfMissing, enabled });
