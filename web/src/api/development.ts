import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Level } from './framework';

/**
 * Development's server state: units' training needs assessments (H.tna), and self-assessments
 * with agreed plans (H.self), as /api/v1/people/{id}/self-assessments answers.
 */

export const LEVELS = ['informed', 'skilled', 'enhanced', 'specialist'] as const;
export type ReviewStatus = 'scheduled' | 'due' | 'overdue' | 'none';
export type PlanStatus = 'none' | 'draft' | 'submitted' | 'agreed';

export interface Answers {
  serviceRemit: string | null;
  role: string | null;
  relevantLevel: (typeof LEVELS)[number] | null;
  strengths: string | null;
  areasToDevelop: string | null;
}
export interface Goal {
  goal: string;
  expectedOutcome: string | null;
}
export interface PlanInput {
  goals: Goal[];
  supportPlan: string | null;
  reviewDate: string | null;
  managerNotes: string | null;
}
export interface Version extends PlanInput {
  id: string;
  version: number;
  current: boolean;
  status: PlanStatus;
  packId: string;
  packVersion: string;
  answers: Answers;
  reviewStatus: ReviewStatus;
  submittedAt: string | null;
  workerConfirmedAt: string | null;
  managerConfirmedAt: string | null;
  managerName: string | null;
  createdAt: string;
  updatedAt: string;
}
export interface History {
  person: { id: string; name: string; managerName: string | null };
  you: 'worker' | 'manager';
  versions: Version[];
}
export interface TeamPlanRow {
  personId: string;
  name: string;
  jobTitle: string | null;
  status: PlanStatus;
  version: number | null;
  reviewDate: string | null;
  reviewStatus: ReviewStatus;
  workerConfirmedAt: string | null;
  managerConfirmedAt: string | null;
  updatedAt: string | null;
}

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
export const useTeamPlans = () => useQuery({ queryKey: ['team-plans'], queryFn: () => api<{ plans: TeamPlanRow[] }>('/api/v1/team/plans'), staleTime: 0 });

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

export interface NeedsInput {
  serviceRemit: string | null;
  recoveryStages: string[];
  currentLevel: Level | null;
  requiredLevel: Level;
  need: 'knowledge' | 'skills' | 'both' | null;
  notes: string | null;
}
export interface NeedsAssessment extends NeedsInput {
  id: string;
  gap: { levels: Level[]; hasGap: boolean; need: NeedsInput['need'] };
  assessedBy: { id: string; name: string | null } | null;
  assessedAt: string;
}

export const useNeeds = (unitId: string | null) =>
  useQuery({ queryKey: ['needs', unitId], queryFn: () => api<{ assessments: NeedsAssessment[] }>(`/api/v1/units/${unitId}/needs-assessments`), enabled: !!unitId });

export const useRecordNeeds = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ unitId, ...input }: NeedsInput & { unitId: string }) => api<NeedsAssessment>(`/api/v1/units/${unitId}/needs-assessments`, { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['needs'] }),
  });
};
