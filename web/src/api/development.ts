import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ResponseOf, Schemas } from './schema';

/**
 * Development's server state: units' training needs assessments (H.tna), and self-assessments
 * with agreed plans (H.self), as /api/v1/people/{id}/self-assessments answers.
 */

export { LEVELS } from './framework';
export type History = Schemas['SelfAssessmentHistory'];
export type Version = Schemas['SelfAssessmentVersion'];
export type ReviewStatus = Schemas['PlanReviewStatus'];
export type PlanStatus = Schemas['PlanStatus'];
/** The answers as the server sends them: every field there, null when skipped. */
export type Answers = Version['answers'];
export type Goal = Version['goals'][number];
export type PlanInput = Schemas['PlanInput'];
export type TeamPlanRow = Schemas['TeamPlanRow'];

const historyKey = (personId: string) => ['self-assessments', personId] as const;

/** Every version of a person's self-assessment, newest first (reads by others are logged). */
export const useHistory = (personId: string | undefined) =>
  useQuery({
    queryKey: historyKey(personId ?? ''),
    queryFn: () => api<History>(`/api/v1/people/${personId}/self-assessments`),
    enabled: Boolean(personId),
    // the other side confirms from their own browser: always look again when the page opens
    staleTime: 0,
  });

/** The team list: plan status and review dates of the people I manage. */
export const useTeamPlans = () => useQuery({ queryKey: ['team-plans'], queryFn: () => api<ResponseOf<'/api/v1/team/plans', 'get'>>('/api/v1/team/plans'), staleTime: 0 });

/** A change to one person's self-assessment; the answer (all versions) replaces the cached one. */
function usePlanChange<V>(personId: string, call: (vars: V) => Promise<History>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (history) => {
      client.setQueryData(historyKey(personId), history);
      return client.invalidateQueries({ queryKey: ['team-plans'] });
    },
  });
}

const base = (personId: string) => `/api/v1/people/${personId}/self-assessment`;

export const useSaveAnswers = (personId: string) =>
  usePlanChange(personId, (answers: Answers) => api<History>(`${base(personId)}/answers`, { method: 'PUT', body: answers }));
export const useSavePlan = (personId: string) =>
  usePlanChange(personId, (plan: PlanInput) => api<History>(`${base(personId)}/plan`, { method: 'PUT', body: plan }));
export const useSubmit = (personId: string) => usePlanChange(personId, () => api<History>(`${base(personId)}/submit`, { method: 'POST' }));
export const useConfirm = (personId: string) => usePlanChange(personId, () => api<History>(`${base(personId)}/confirm`, { method: 'POST' }));

export type NeedsInput = Schemas['NeedsAssessmentInput'];
export type NeedsAssessment = Schemas['NeedsAssessment'];

export const useNeeds = (unitId: string | null) =>
  useQuery({ queryKey: ['needs', unitId], queryFn: () => api<ResponseOf<'/api/v1/units/{id}/needs-assessments', 'get'>>(`/api/v1/units/${unitId}/needs-assessments`), enabled: !!unitId });

export const useRecordNeeds = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ unitId, ...input }: NeedsInput & { unitId: string }) => api<NeedsAssessment>(`/api/v1/units/${unitId}/needs-assessments`, { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['needs'] }),
  });
};
