import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ResponseOf, Schemas } from './schema';

/** The practice framework's server state: the pack, placements, review requests. */

export type Level = Schemas['Level'];
export const LEVELS = ['informed', 'skilled', 'enhanced', 'specialist'] as const satisfies readonly Level[];
export type PackText = Schemas['PackText'];
export type PackQuestion = Schemas['PackQuestion'];
export type PackLevel = Schemas['PackLevel'];
export type PackStatement = PackLevel['knowledge'][number];
export type FrameworkPack = Schemas['FrameworkPack'];

export type PlacementAnswers = Schemas['PlacementAnswers'];
export type PlacementRecord = Schemas['PlacementRecord'];
export type UnitPlacement = Schemas['UnitPlacement'];
export type PlacementReview = Schemas['PlacementReview'];
export type PersonPlacement = Schemas['PersonPlacement'];
export type PlacementInput = Schemas['PlacementInput'];
type Placed = ResponseOf<'/api/v1/units/{id}/placement', 'post', 201>;

// the pack changes only with a new Tend version: no need to ask again while the page is open
export const useFramework = () => useQuery({ queryKey: ['framework'], queryFn: () => api<FrameworkPack>('/api/v1/framework'), staleTime: Number.POSITIVE_INFINITY });

export const useUnitPlacement = (unitId: string | null) =>
  useQuery({ queryKey: ['placement', 'unit', unitId], queryFn: () => api<UnitPlacement>(`/api/v1/units/${unitId}/placement`), enabled: !!unitId });

export const usePersonPlacement = (personId: string | undefined) =>
  useQuery({ queryKey: ['placement', 'person', personId], queryFn: () => api<PersonPlacement>(`/api/v1/people/${personId}/placement`), enabled: !!personId });

export const useReviews = () => useQuery({ queryKey: ['placement', 'reviews'], queryFn: () => api<ResponseOf<'/api/v1/placement-reviews', 'get'>>('/api/v1/placement-reviews') });

function useFrameworkMutation<V, R>(fn: (vars: V) => Promise<R>, keys: string[]) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => Promise.all(keys.map((k) => client.invalidateQueries({ queryKey: [k] }))) });
}

// a unit's level changes what everyone inside it is required to reach: refresh every placement view
export const usePlaceUnit = () =>
  useFrameworkMutation(({ unitId, ...input }: PlacementInput & { unitId: string }) => api<Placed>(`/api/v1/units/${unitId}/placement`, { method: 'POST', body: input }), ['placement']);

export const usePlacePerson = () =>
  useFrameworkMutation(
    ({ personId, ...input }: PlacementInput & { personId: string }) => api<Placed>(`/api/v1/people/${personId}/placement`, { method: 'POST', body: input }),
    ['placement'],
  );

export const useAskReview = () => useFrameworkMutation((reason: string) => api<ResponseOf<'/api/v1/me/placement-review', 'post', 201>>('/api/v1/me/placement-review', { method: 'POST', body: { reason } }), ['placement']);

export const useAnswerReview = () =>
  useFrameworkMutation(({ id, response }: { id: string; response: string }) => api<void>(`/api/v1/placement-reviews/${id}/response`, { method: 'POST', body: { response } }), ['placement']);

