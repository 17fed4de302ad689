import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ResponseOf, Schemas } from './schema';

/** Actions raised from released workforce figures (src/modules/workforce/figure-action-routes.ts). */

export type FigureActionInput = Schemas['FigureActionInput'];
const PATH = '/api/v1/workforce/figure-actions';

export const useFigureActions = () =>
  useInfiniteQuery({
    queryKey: ['figure-actions'],
    queryFn: ({ pageParam }) => api<ResponseOf<'/api/v1/workforce/figure-actions', 'get'>>(pageParam ? `${PATH}?${new URLSearchParams({ cursor: pageParam })}` : PATH),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 0,
  });

export function useRaiseFigureAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: FigureActionInput) => api<Schemas['AssessmentAction']>(PATH, { method: 'POST', body: input }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['figure-actions'] });
      // it joins the organisation's action plan too
      void client.invalidateQueries({ queryKey: ['assessment-actions'] });
    },
  });
}

/** An action's progress; the same route as an action from a criterion (the figure's readers may change it). */
export function useUpdateFigureAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: Schemas['AssessmentAction']['status'] }) =>
      api<Schemas['AssessmentAction']>(`/api/v1/assessments/actions/${id}`, { method: 'PATCH', body: { status } }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['figure-actions'] });
      void client.invalidateQueries({ queryKey: ['assessment-actions'] });
    },
  });
}

/** An action from a closed survey's criterion figure for a group; it joins the survey's plan. */
export function useRaiseSurveyAction(cycleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Schemas['SurveyActionInput']) => api<Schemas['AssessmentAction']>(`/api/v1/assessments/cycles/${cycleId}/survey-actions`, { method: 'POST', body: input }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['assessment-actions'] }),
  });
}

/** An action from a team review's share of green criteria in a domain; it joins the review's plan. */
export function useRaiseDomainAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ cycleId, ...input }: Schemas['DomainActionInput'] & { cycleId: string }) =>
      api<Schemas['AssessmentAction']>(`/api/v1/assessments/cycles/${cycleId}/domain-actions`, { method: 'POST', body: input }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['assessment-actions'] });
      void client.invalidateQueries({ queryKey: ['audit-progress'] });
    },
  });
}
