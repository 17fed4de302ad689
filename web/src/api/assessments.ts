import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { PackText } from './framework';

/** Organisational assessments: cycles, team reviews, anonymous staff surveys, results, actions and reports. */

export const RAGS = ['red', 'amber', 'green'] as const;
export type Rag = (typeof RAGS)[number];
export type CycleMode = 'team-review' | 'staff-survey';
export type CycleStatus = 'open' | 'closed';
export const ACTION_STATUSES = ['not-started', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface PersonRef {
  id: string;
  name: string | null;
}

export interface AssessmentCriterion {
  id: string;
  text: PackText;
  evidenceHint?: PackText;
}
export interface AssessmentSection {
  id: string;
  title: PackText;
  summary: PackText;
  journeyPrompt: PackText;
  criteria: AssessmentCriterion[];
}
export interface AssessmentPack {
  id: string;
  version: string;
  title: PackText;
  summary: PackText;
  body: {
    intro: PackText;
    ratings: { rag: { id: Rag; text: PackText }[]; scale: { min: number; max: number; labels: { value: number; text: PackText }[] } };
    sections: AssessmentSection[];
  };
}

/** A cycle as the API presents it (present.ts ZCycle). */
export interface Cycle {
  id: string;
  packId: string;
  packVersion: string;
  title: string;
  unitId: string | null;
  mode: CycleMode;
  opensOn: string;
  closesOn: string;
  status: CycleStatus;
  leadPersonId: string | null;
  contributorIds: string[];
  createdAt: string;
  closedAt: string | null;
}

export interface Evidence {
  id: string;
  criterionId: string;
  kind: 'text' | 'link' | 'file';
  body: string | null;
  url: string | null;
  fileName: string | null;
  mediaType: string | null;
  sizeBytes: number | null;
  downloadUrl: string | null;
  addedByPersonId: string | null;
  addedAt: string;
}
export interface Comment {
  id: string;
  criterionId: string;
  body: string;
  authorPersonId: string | null;
  createdAt: string;
}
/** One criterion in a team review (review-routes.ts CriterionState). */
export interface CriterionState {
  id: string;
  rating: Rag | null;
  ratedByPersonId: string | null;
  ratedAt: string | null;
  confirmed: boolean;
  confirmedByPersonId: string | null;
  confirmedAt: string | null;
  evidence: Evidence[];
  commentCount: number;
}
export interface Review {
  cycle: Cycle;
  sections: { id: string; note: string | null; noteUpdatedAt: string | null; criteria: CriterionState[] }[];
}
/** What the review page works with: the cycle, its pack version, the review, and what the caller may do. */
export interface CycleDetail extends Cycle {
  pack: AssessmentPack;
  review: Review | null;
  criteria: Map<string, CriterionState>;
  canContribute: boolean;
  canConfirm: boolean;
}

export interface CycleInput {
  packId: string;
  title: string;
  unitId: string | null;
  mode: CycleMode;
  opensOn: string;
  closesOn: string;
  leadPersonId: string | null;
  contributorIds: string[];
}

export interface ActionNote {
  id: string;
  body: string;
  author: PersonRef | null;
  createdAt: string;
}
export interface AssessmentAction {
  id: string;
  cycleId: string;
  criterionId: string;
  title: string;
  owner: PersonRef | null;
  dueOn: string | null;
  status: ActionStatus;
  overdue: boolean;
  notes: ActionNote[];
  /** The criterion's rating when the action was made, and in the next closed cycle of the same pack. */
  before: Rag | null;
  after: Rag | null;
}

export interface SectionResult {
  sectionId: string;
  counts: Record<Rag | 'unrated', number>;
}
export interface HeatCell {
  unitId: string;
  sectionId: string;
  mean: number | null;
  hidden: boolean;
}
export interface CycleResults {
  cycle: Cycle;
  pack: AssessmentPack;
  sections: SectionResult[];
  strengths: { criterionId: string; rating: Rag | null; mean?: number | null }[];
  gaps: { criterionId: string; rating: Rag | null; mean?: number | null }[];
  heatMap: { units: { id: string; name: string }[]; cells: HeatCell[]; minGroup: number } | null;
  history: { cycleId: string; title: string; closesOn: string; green: number; amber: number; red: number }[];
}

export interface MyAssessments {
  reviews: (Cycle & { role: 'lead' | 'contributor' })[];
  surveys: (Cycle & { answered: boolean })[];
}

export interface SurveyForm {
  cycle: Cycle;
  pack: AssessmentPack;
  answered: boolean;
  minGroup: number;
}
export interface SurveyAnswers {
  answers: Record<string, number>;
  comments: Record<string, string>;
}

const BASE = '/api/v1/assessments';

export const useAssessmentPacks = () => useQuery({ queryKey: ['assessment-packs'], queryFn: () => api<{ packs: AssessmentPack[] }>(`${BASE}/packs`) });
export const useCycles = () => useQuery({ queryKey: ['assessment-cycles'], queryFn: () => api<{ cycles: Cycle[] }>(`${BASE}/cycles`), staleTime: 0 });
const fetchPack = async (packId: string) => {
  const { packs } = await api<{ packs: AssessmentPack[] }>(`${BASE}/packs`);
  const pack = packs.find((p) => p.id === packId);
  if (!pack) throw new Error(`pack ${packId} is not installed`);
  return pack;
};

/** The cycle with its pack and, for a team review, the review so far; what the caller may do follows the server's rules (model.ts). */
export const useCycle = (id: string | undefined, personId: string | undefined) =>
  useQuery({
    queryKey: ['assessment-cycle', id],
    enabled: Boolean(id),
    staleTime: 0,
    queryFn: async (): Promise<CycleDetail> => {
      const cycle = await api<Cycle>(`${BASE}/cycles/${id}`);
      const [pack, review] = await Promise.all([fetchPack(cycle.packId), cycle.mode === 'team-review' ? api<Review>(`${BASE}/cycles/${id}/review`) : Promise.resolve(null)]);
      const isLead = cycle.leadPersonId !== null && cycle.leadPersonId === personId;
      const criteria = new Map((review?.sections ?? []).flatMap((sec) => sec.criteria.map((c) => [c.id, c] as const)));
      return { ...cycle, pack, review, criteria, canContribute: isLead || cycle.contributorIds.includes(personId ?? ''), canConfirm: isLead };
    },
  });
export const useCycleResults = (id: string | undefined) =>
  useQuery({ queryKey: ['assessment-results', id], queryFn: () => api<CycleResults>(`${BASE}/cycles/${id}/results`), enabled: Boolean(id), staleTime: 0 });
export const useActions = (cycleId: string | undefined) =>
  useQuery({
    queryKey: ['assessment-actions', cycleId],
    queryFn: () => api<{ actions: AssessmentAction[] }>(`${BASE}/cycles/${cycleId}/actions`),
    enabled: Boolean(cycleId),
    staleTime: 0,
  });
export const useMyAssessments = () => useQuery({ queryKey: ['my-assessments'], queryFn: () => api<MyAssessments>('/api/v1/me/assessments'), staleTime: 0 });
export const useSurvey = (cycleId: string | undefined) =>
  useQuery({ queryKey: ['assessment-survey', cycleId], queryFn: () => api<SurveyForm>(`${BASE}/surveys/${cycleId}`), enabled: Boolean(cycleId) });

function useCycleMutation<V, R = unknown>(cycleId: string | undefined, fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['assessment-cycle', cycleId] }),
        client.invalidateQueries({ queryKey: ['assessment-actions', cycleId] }),
        client.invalidateQueries({ queryKey: ['assessment-results', cycleId] }),
      ]),
  });
}

export function useOpenCycle() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CycleInput) => api<Cycle>(`${BASE}/cycles`, { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['assessment-cycles'] }),
  });
}

const criterionPath = (cycleId: string | undefined, criterionId: string) => `${BASE}/cycles/${cycleId}/criteria/${encodeURIComponent(criterionId)}`;

export const useRate = (cycleId: string | undefined) =>
  useCycleMutation(cycleId, ({ criterionId, rating }: { criterionId: string; rating: Rag }) =>
    api<{ criterionId: string; rating: Rag; confirmed: boolean }>(`${criterionPath(cycleId, criterionId)}/rating`, { method: 'PUT', body: { rating } }),
  );
export type EvidenceInput = { criterionId: string } & ({ kind: 'text'; body: string } | { kind: 'link'; url: string; body?: string } | { kind: 'file'; file: File });
export const useAddEvidence = (cycleId: string | undefined) =>
  useCycleMutation(cycleId, ({ criterionId, ...input }: EvidenceInput) => {
    const path = `${criterionPath(cycleId, criterionId)}/evidence`;
    if (input.kind !== 'file') return api<Evidence>(path, { method: 'POST', body: input });
    const form = new FormData();
    form.append('file', input.file, input.file.name);
    return api<Evidence>(path, { method: 'POST', form });
  });
export const useComments = (cycleId: string | undefined, criterionId: string, enabled: boolean) =>
  useQuery({
    queryKey: ['assessment-comments', cycleId, criterionId],
    enabled,
    queryFn: () => api<{ comments: Comment[] }>(`${criterionPath(cycleId, criterionId)}/comments`),
  });
export function useAddComment(cycleId: string | undefined, criterionId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api<Comment>(`${criterionPath(cycleId, criterionId)}/comments`, { method: 'POST', body: { body } }),
    onSuccess: () =>
      Promise.all([client.invalidateQueries({ queryKey: ['assessment-comments', cycleId, criterionId] }), client.invalidateQueries({ queryKey: ['assessment-cycle', cycleId] })]),
  });
}
export const useSaveNote = (cycleId: string | undefined) =>
  useCycleMutation(cycleId, ({ sectionId, note }: { sectionId: string; note: string }) =>
    api<void>(`${BASE}/cycles/${cycleId}/sections/${encodeURIComponent(sectionId)}/note`, { method: 'PUT', body: { note } }),
  );
/** The lead confirms each rated, unconfirmed criterion (the API confirms one criterion at a time). */
export const useConfirm = (cycleId: string | undefined) =>
  useCycleMutation(cycleId, async (criterionIds: string[]) => {
    for (const id of criterionIds) await api<unknown>(`${criterionPath(cycleId, id)}/confirm`, { method: 'POST', body: {} });
  });
export const useCreateAction = (cycleId: string | undefined) =>
  useCycleMutation(cycleId, (input: { criterionId: string; title: string; ownerPersonId: string; dueOn: string }) =>
    api<AssessmentAction>(`${BASE}/cycles/${cycleId}/actions`, { method: 'POST', body: input }),
  );
export const useUpdateAction = (cycleId: string | undefined) =>
  useCycleMutation(cycleId, ({ id, status }: { id: string; status: ActionStatus }) => api<void>(`${BASE}/actions/${id}`, { method: 'PATCH', body: { status } }));
export const useAddActionNote = (cycleId: string | undefined) =>
  useCycleMutation(cycleId, ({ id, body }: { id: string; body: string }) => api<void>(`${BASE}/actions/${id}/notes`, { method: 'POST', body: { body } }));

export function useAnswerSurvey(cycleId: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SurveyAnswers) => api<void>(`${BASE}/surveys/${cycleId}/responses`, { method: 'POST', body: input }),
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['assessment-survey', cycleId] }), client.invalidateQueries({ queryKey: ['my-assessments'] })]),
  });
}

export interface ReportJob {
  id: string;
  status: 'running' | 'done' | 'failed';
  processed: number;
  total: number;
}
export const reportCsvUrl = (cycleId: string) => `${BASE}/cycles/${cycleId}/report.csv`;
export const startPdfReport = (cycleId: string) => api<{ jobId: string }>(`${BASE}/cycles/${cycleId}/reports`, { method: 'POST', body: {} });
export const useReportJob = (cycleId: string, jobId: string | null) =>
  useQuery({
    queryKey: ['assessment-report', cycleId, jobId],
    queryFn: () => api<ReportJob>(`${BASE}/cycles/${cycleId}/reports/${jobId}`),
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data && query.state.data.status !== 'running' ? false : 400),
  });
export const reportPdfUrl = (cycleId: string, jobId: string) => `${BASE}/cycles/${cycleId}/reports/${jobId}/report.pdf`;

/** Evidence files: the limit the server states, shown beside the file field. */
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
