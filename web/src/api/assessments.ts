import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ResponseOf, Schemas } from './schema';

/** Organisational assessments: cycles, team reviews, anonymous staff surveys, results, actions and reports. */

export type Rag = Schemas['RagRating'];
export const RAGS = ['red', 'amber', 'green'] as const satisfies readonly Rag[];
/** A cycle as the API presents it (present.ts ZCycle). */
export type Cycle = Schemas['AssessmentCycle'];
export type CycleMode = Cycle['mode'];
export type CycleStatus = Cycle['status'];
/** An action as the API presents it (action-view.ts ZAction). */
export type AssessmentAction = Schemas['AssessmentAction'];
export type ActionStatus = AssessmentAction['status'];
export const ACTION_STATUSES = ['not-started', 'in-progress', 'done', 'dropped'] as const satisfies readonly ActionStatus[];
export type ActionNote = AssessmentAction['notes'][number];
export type PersonRef = NonNullable<AssessmentAction['owner']>;

export type AssessmentPack = Schemas['AssessmentPack'];
export type AssessmentSection = AssessmentPack['body']['sections'][number];
export type AssessmentCriterion = AssessmentSection['criteria'][number];

export type Evidence = Schemas['Evidence'];
export type Comment = Schemas['CriterionComment'];
/** One criterion in a team review (review-routes.ts CriterionState). */
export type CriterionState = Schemas['CriterionState'];
export type Review = Schemas['TeamReview'];
/** What the review page works with: the cycle, its pack version, the review, and what the caller may do. */
export interface CycleDetail extends Cycle {
  pack: AssessmentPack;
  review: Review | null;
  criteria: Map<string, CriterionState>;
  canContribute: boolean;
  canConfirm: boolean;
}

export type CycleInput = Schemas['AssessmentCycleInput'];

export type RagCounts = Schemas['RagCounts'];
/** A team review's results (results-routes.ts ZResults). */
export type TeamResults = Schemas['TeamReviewResults'];
export type HistoryCycle = Schemas['AssessmentHistory']['cycles'][number];

/** One figure of a staff survey: hidden ones carry no number, only why (survey-api.ts ZSurveyFigure). */
export type SurveyFigure = Schemas['SurveyFigure'];
export type SurveyResults = Schemas['SurveyResults'];
export type OpenSurvey = Schemas['OpenStaffSurvey'];
export type SurveyAbout = Schemas['SurveyAbout'];
export type SurveyQuestions = Schemas['StaffSurveyQuestions'];
export type SurveyAnswers = Schemas['SurveyAnswers'];

const BASE = '/api/v1/assessments';

export const useAssessmentPacks = () => useQuery({ queryKey: ['assessment-packs'], queryFn: () => api<ResponseOf<'/api/v1/assessments/packs', 'get'>>(`${BASE}/packs`) });
/** The path of a paged list, with the cursor the server gave for the next page (none for the first). */
const pagePath = (path: string, cursor: string | null) => (cursor ? `${path}?${new URLSearchParams({ cursor })}` : path);

/** Cycles I may see, newest first, a page at a time: `data.pages`, and fetchNextPage for "Show more". */
export const useCycles = () =>
  useInfiniteQuery({
    queryKey: ['assessment-cycles'],
    queryFn: ({ pageParam }) => api<ResponseOf<'/api/v1/assessments/cycles', 'get'>>(pagePath(`${BASE}/cycles`, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 0,
  });
const fetchPack = async (packId: string) => {
  const { packs } = await api<ResponseOf<'/api/v1/assessments/packs', 'get'>>(`${BASE}/packs`);
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
export const useCycleResults = (id: string | undefined, enabled = true) =>
  useQuery({ queryKey: ['assessment-results', id], queryFn: () => api<TeamResults>(`${BASE}/cycles/${id}/results`), enabled: Boolean(id) && enabled, staleTime: 0 });
export const useHistory = (packId: string | undefined, unitId: string | null | undefined) =>
  useQuery({
    queryKey: ['assessment-history', packId, unitId],
    enabled: Boolean(packId),
    staleTime: 0,
    queryFn: () => api<Schemas['AssessmentHistory']>(`${BASE}/history?${new URLSearchParams({ packId: packId ?? '', ...(unitId ? { unitId } : {}) })}`),
  });
/** Survey results through the privacy gate; a 422 (the gate refused) is an answer, not a retry. */
export const useSurveyResults = (id: string | undefined, enabled = true) =>
  useQuery({
    queryKey: ['assessment-survey-results', id],
    queryFn: () => api<SurveyResults>(`${BASE}/cycles/${id}/survey-results`),
    enabled: Boolean(id) && enabled,
    staleTime: 0,
    retry: false,
  });
export const surveyResultsCsvUrl = (cycleId: string) => `${BASE}/cycles/${cycleId}/survey-results.csv`;
export const useActions = (cycleId: string | undefined) =>
  useQuery({
    queryKey: ['assessment-actions', cycleId],
    queryFn: () => api<ResponseOf<'/api/v1/assessments/cycles/{id}/actions', 'get'>>(`${BASE}/cycles/${cycleId}/actions`),
    enabled: Boolean(cycleId),
    staleTime: 0,
  });
/** All the organisation's actions (admins), or those of my cycles and those I own. */
export const useAllActions = () =>
  useInfiniteQuery({
    queryKey: ['assessment-actions', 'all'],
    queryFn: ({ pageParam }) => api<ResponseOf<'/api/v1/assessments/actions', 'get'>>(pagePath(`${BASE}/actions`, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 0,
  });
export const useOpenSurveys = () => useQuery({ queryKey: ['open-surveys'], queryFn: () => api<ResponseOf<'/api/v1/assessments/open-surveys', 'get'>>(`${BASE}/open-surveys`), staleTime: 0 });
export const useSurveyAbout = (cycleId: string | undefined) =>
  useQuery({ queryKey: ['assessment-survey', cycleId, 'about'], queryFn: () => api<SurveyAbout>(`${BASE}/cycles/${cycleId}/survey/about`), enabled: Boolean(cycleId) });
export const useSurveyMine = (cycleId: string | undefined) =>
  useQuery({
    queryKey: ['assessment-survey', cycleId, 'mine'],
    queryFn: () => api<Schemas['SurveyMine']>(`${BASE}/cycles/${cycleId}/survey/mine`),
    enabled: Boolean(cycleId),
    staleTime: 0,
  });
export const useSurveyQuestions = (cycleId: string | undefined) =>
  useQuery({
    queryKey: ['assessment-survey', cycleId, 'questions'],
    queryFn: () => api<SurveyQuestions>(`${BASE}/cycles/${cycleId}/survey/questions`),
    enabled: Boolean(cycleId),
  });

function useCycleMutation<V, R = unknown>(cycleId: string | undefined, fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['assessment-cycle', cycleId] }),
        client.invalidateQueries({ queryKey: ['assessment-actions'] }),
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
    api<Schemas['RatingState']>(`${criterionPath(cycleId, criterionId)}/rating`, { method: 'PUT', body: { rating } }),
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
    queryFn: () => api<ResponseOf<'/api/v1/assessments/cycles/{id}/criteria/{criterionId}/comments', 'get'>>(`${criterionPath(cycleId, criterionId)}/comments`),
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
/** The lead confirms each rated, unconfirmed criterion at its rating (the API confirms one criterion at a time). */
export const useConfirm = (cycleId: string | undefined) =>
  useCycleMutation(cycleId, async (ratings: { criterionId: string; rating: Rag }[]) => {
    for (const { criterionId, rating } of ratings) await api<unknown>(`${criterionPath(cycleId, criterionId)}/confirm`, { method: 'POST', body: { rating } });
  });
export const useCreateAction = (cycleId: string | undefined) =>
  useCycleMutation(cycleId, ({ criterionId, ...input }: Schemas['AssessmentActionInput'] & { criterionId: string }) =>
    api<AssessmentAction>(`${criterionPath(cycleId, criterionId)}/actions`, { method: 'POST', body: input }),
  );
export const useUpdateAction = (cycleId: string | undefined) =>
  useCycleMutation(cycleId, ({ id, status }: { id: string; status: ActionStatus }) => api<AssessmentAction>(`${BASE}/actions/${id}`, { method: 'PATCH', body: { status } }));
export const useAddActionNote = (cycleId: string | undefined) =>
  useCycleMutation(cycleId, ({ id, body }: { id: string; body: string }) => api<AssessmentAction>(`${BASE}/actions/${id}/notes`, { method: 'POST', body: { body } }));

/** Answers a staff survey once; skipped criteria are simply left out. */
export function useAnswerSurvey(cycleId: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SurveyAnswers) => api<Schemas['SurveyMine']>(`${BASE}/cycles/${cycleId}/survey`, { method: 'POST', body: input }),
    // "have I answered" is read again when the page is next opened: refetching it here would swap the thank-you for "already answered"
    onSuccess: () => client.invalidateQueries({ queryKey: ['open-surveys'] }),
  });
}

/** A PDF report job (report/report-routes.ts): progress 0–100, then a download address. */
export type ReportJob = Schemas['AssessmentReportJob'];
export const ratingsCsvUrl = (cycleId: string, locale: string) => `${BASE}/cycles/${cycleId}/ratings.csv?locale=${locale === 'es' ? 'es' : 'en'}`;
export const startPdfReport = (cycleId: string, locale: string) =>
  api<ResponseOf<'/api/v1/assessments/cycles/{id}/report', 'post', 202>>(`${BASE}/cycles/${cycleId}/report`, { method: 'POST', body: { locale: locale === 'es' ? 'es' : 'en' } });
export const useReportJob = (jobId: string | null) =>
  useQuery({
    queryKey: ['assessment-report', jobId],
    queryFn: () => api<ReportJob>(`${BASE}/reports/${jobId}`),
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data && query.state.data.status !== 'running' ? false : 400),
  });

/** Evidence files: the limit the server states, shown beside the file field. */
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;

/** Closes a cycle now (admins and the lead): a survey takes no more answers and its results can be read. */
export function useCloseCycle(cycleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<Cycle>(`${BASE}/cycles/${cycleId}/close`, { method: 'POST' }),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['assessment-cycle', cycleId] }),
        client.invalidateQueries({ queryKey: ['assessment-survey-results', cycleId] }),
        client.invalidateQueries({ queryKey: ['assessment-cycles'] }),
        client.invalidateQueries({ queryKey: ['open-surveys'] }),
      ]),
  });
}
