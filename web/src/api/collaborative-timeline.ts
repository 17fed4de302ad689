import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

/**
 * A hub admin keeps a collaborative's description and timeline: name and purpose, phases, and
 * timepoints (each change refreshes the collaborative); and asks its organisations to contribute.
 */
export type RunKind = 'staff-survey' | 'check-in-bands' | 'audit';
export interface PhaseInput {
  name: string;
  startsOn: string;
  endsOn: string;
}
export interface TimepointInput {
  label: string;
  dueOn: string;
  packId: string | null;
  kinds: RunKind[];
}

type Change = { method: 'POST' | 'PATCH' | 'DELETE'; path: string; body?: unknown };

function useCollaborativeChange<T>(toRequest: (input: T) => Change) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: T) => {
      const { method, path, body } = toRequest(input);
      return api<unknown>(path, body === undefined ? { method } : { method, body });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['collaboratives'] }),
  });
}

export const useDescribeCollaborative = (id: string) =>
  useCollaborativeChange((input: { name: string; purpose: string }) => ({ method: 'PATCH', path: `/api/v1/hub/collaboratives/${id}`, body: input }));

export const useSavePhase = (id: string) =>
  useCollaborativeChange(({ phaseId, ...input }: PhaseInput & { phaseId?: string }) =>
    phaseId ? { method: 'PATCH', path: `/api/v1/hub/collaborative-phases/${phaseId}`, body: input } : { method: 'POST', path: `/api/v1/hub/collaboratives/${id}/phases`, body: input },
  );

export const useRemovePhase = () => useCollaborativeChange((phaseId: string) => ({ method: 'DELETE', path: `/api/v1/hub/collaborative-phases/${phaseId}` }));

export const useSaveTimepoint = (id: string) =>
  useCollaborativeChange(({ timepointId, ...input }: TimepointInput & { timepointId?: string }) =>
    timepointId
      ? { method: 'PATCH', path: `/api/v1/hub/collaborative-timepoints/${timepointId}`, body: input }
      : { method: 'POST', path: `/api/v1/hub/collaboratives/${id}/timepoints`, body: input },
  );

export const useRemoveTimepoint = () => useCollaborativeChange((timepointId: string) => ({ method: 'DELETE', path: `/api/v1/hub/collaborative-timepoints/${timepointId}` }));

/** Reminds the organisations that have shared nothing for a timepoint; how many were reached, and how many could not be. */
export function useRemindOrganisations() {
  return useMutation({
    mutationFn: (timepointId: string) => api<{ organisations: number; notReached: number }>(`/api/v1/hub/collaborative-timepoints/${timepointId}/reminders`, { method: 'POST', body: {} }),
  });
}
