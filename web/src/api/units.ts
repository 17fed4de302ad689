import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Schemas } from './schema';

export type Unit = Schemas['Unit'];
export type UnitKind = Unit['kind'];
export type UnitInput = Schemas['UnitInput'];
export type UnitPatch = Schemas['UnitPatch'];

export const useUnits = () => useQuery({ queryKey: ['units'], queryFn: () => api<{ units: Unit[] }>('/api/v1/units') });

function useUnitMutation<V>(fn: (vars: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    // people show their unit's name, so both lists change together
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['units'] }), client.invalidateQueries({ queryKey: ['people'] })]),
  });
}

export const useCreateUnit = () =>
  useUnitMutation((input: UnitInput) =>
    api<{ id: string }>('/api/v1/units', { method: 'POST', body: input }),
  );

export const useUpdateUnit = () =>
  useUnitMutation(({ id, ...patch }: UnitPatch & { id: string }) =>
    api<void>(`/api/v1/units/${id}`, { method: 'PATCH', body: patch }),
  );

export const useDeleteUnit = () => useUnitMutation((id: string) => api<void>(`/api/v1/units/${id}`, { method: 'DELETE' }));
