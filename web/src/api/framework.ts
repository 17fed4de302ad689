import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

/** The practice framework's server state: the pack, placements, review requests. */

export const LEVELS = ['informed', 'skilled', 'enhanced', 'specialist'] as const;
export type Level = (typeof LEVELS)[number];
export type PackText = Record<string, string>;

export interface PackQuestion {
  id: string;
  text: PackText;
  help?: PackText;
  answer: { type: 'text' | 'yes-no' | 'level' | 'choice'; multiple?: boolean; options?: Array<{ id: string; text: PackText }> };
}
export interface PackStatement {
  id: string;
  audience: 'all' | 'managers' | 'child-family';
  text: PackText;
}
export interface PackLevel {
  id: Level;
  order: number;
  name: PackText;
  forWhom: PackText;
  knowledge: PackStatement[];
  skills: PackStatement[];
  exampleRoles: Array<{ id: string; name: PackText }>;
}
export interface FrameworkPack {
  id: string;
  version: string;
  title: PackText;
  summary: PackText;
  body: {
    startsWith: Level;
    levels: PackLevel[];
    placement: { questions: PackQuestion[]; guidance: PackText };
    needsAssessment: { questions: PackQuestion[] };
  };
}

export interface PlacementAnswers {
  serviceRemit: boolean | null;
  workerContact: boolean | null;
  specialistInterventions?: boolean | null;
}
export interface PlacementRecord {
  id: string;
  level: Level;
  suggestedLevel: Level | null;
  answers: PlacementAnswers;
  reasons: string[];
  note: string | null;
  decidedBy: { id: string; name: string | null } | null;
  decidedAt: string;
}
export interface UnitPlacement {
  unit: { id: string; name: string };
  effective: { level: Level; unitId: string; unitName: string } | null;
  history: PlacementRecord[];
}
export interface PlacementReview {
  id: string;
  personId: string;
  personName: string | null;
  reason: string;
  requestedAt: string;
  status: 'open' | 'answered';
  response: string | null;
  answeredAt: string | null;
  answeredBy: string | null;
}
export interface PersonPlacement {
  person: { id: string; name: string; unitId: string | null; unitName: string | null };
  required: { level: Level; from: 'person' | 'unit'; unitId?: string; unitName?: string } | null;
  history: PlacementRecord[];
  openReview: PlacementReview | null;
  reviews: PlacementReview[];
}
export interface PlacementInput {
  answers: PlacementAnswers;
  level?: Level;
  note?: string;
}
// the pack changes only with a new Tend version: no need to ask again while the page is open
export const useFramework = () => useQuery({ queryKey: ['framework'], queryFn: () => api<FrameworkPack>('/api/v1/framework'), staleTime: Number.POSITIVE_INFINITY });

export const useUnitPlacement = (unitId: string | null) =>
  useQuery({ queryKey: ['placement', 'unit', unitId], queryFn: () => api<UnitPlacement>(`/api/v1/units/${unitId}/placement`), enabled: !!unitId });

export const usePersonPlacement = (personId: string | undefined) =>
  useQuery({ queryKey: ['placement', 'person', personId], queryFn: () => api<PersonPlacement>(`/api/v1/people/${personId}/placement`), enabled: !!personId });

export const useReviews = () => useQuery({ queryKey: ['placement', 'reviews'], queryFn: () => api<{ reviews: PlacementReview[] }>('/api/v1/placement-reviews') });

function useFrameworkMutation<V, R>(fn: (vars: V) => Promise<R>, keys: string[]) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => Promise.all(keys.map((k) => client.invalidateQueries({ queryKey: [k] }))) });
}

// a unit's level changes what everyone inside it is required to reach: refresh every placement view
export const usePlaceUnit = () =>
  useFrameworkMutation(({ unitId, ...input }: PlacementInput & { unitId: string }) => api<{ id: string; level: Level }>(`/api/v1/units/${unitId}/placement`, { method: 'POST', body: input }), ['placement']);

export const usePlacePerson = () =>
  useFrameworkMutation(
    ({ personId, ...input }: PlacementInput & { personId: string }) => api<{ id: string; level: Level }>(`/api/v1/people/${personId}/placement`, { method: 'POST', body: input }),
    ['placement'],
  );

export const useAskReview = () => useFrameworkMutation((reason: string) => api<{ id: string }>('/api/v1/me/placement-review', { method: 'POST', body: { reason } }), ['placement']);

export const useAnswerReview = () =>
  useFrameworkMutation(({ id, response }: { id: string; response: string }) => api<void>(`/api/v1/placement-reviews/${id}/response`, { method: 'POST', body: { response } }), ['placement']);

