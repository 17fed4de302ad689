import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { RequestOf, Schemas } from './schema';

/**
 * Care after a hard event, as the API answers (src/modules/hard-events/present.ts). The person's
 * own offers and answers are asked for only by their own browser, under /me; the managers' side
 * carries "offered" and "still open" only.
 */

export type HardEventCategory = Schemas['HardEvent']['category'];
export const HARD_EVENT_CATEGORIES = [
  'death-of-someone-supported',
  'violence-or-threat',
  'serious-incident',
  'distressing-disclosure',
  'other',
] as const satisfies readonly HardEventCategory[];
export type HardEvent = Schemas['HardEvent'];
export type HardEventSummary = Schemas['HardEventSummary'];
export type HardEventInput = RequestOf<'/api/v1/hard-events', 'post'>;
export type MyOffer = Schemas['MyHardEventOffer'];
export type CheckInForm = Schemas['HardEventCheckInForm'];
export type CheckInDone = Schemas['HardEventCheckInDone'];
export type HardEventFigures = Schemas['HardEventFigures'];

const MINE = ['hard-events', 'mine'] as const;
const MANAGED = ['hard-events', 'managed'] as const;

export const useMyOffers = (enabled = true) =>
  useQuery({ queryKey: MINE, queryFn: () => api<Schemas['MyHardEventOffers']>('/api/v1/me/hard-event-offers'), enabled });

export const useCheckInForm = () =>
  useQuery({ queryKey: ['hard-events', 'form'], queryFn: () => api<CheckInForm>('/api/v1/me/hard-event-check-in'), staleTime: 5 * 60_000 });

/** Every change to one of my offers refreshes the list (and Home's card). */
function useOfferChange<V, R>(call: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => client.invalidateQueries({ queryKey: MINE }) });
}

export const useDeclineOffer = () => useOfferChange((id: string) => api<MyOffer>(`/api/v1/me/hard-event-offers/${id}/decline`, { method: 'POST' }));
export const usePostponeOffer = () =>
  useOfferChange(({ id, until }: { id: string; until: string }) => api<MyOffer>(`/api/v1/me/hard-event-offers/${id}/postpone`, { method: 'POST', body: { until } }));
export const useRequestReferral = () => useOfferChange((id: string) => api<MyOffer>(`/api/v1/me/hard-event-offers/${id}/referral`, { method: 'POST' }));
export const useAnswerCheckIn = () =>
  useOfferChange(({ id, ...body }: RequestOf<'/api/v1/me/hard-event-offers/{id}/check-in', 'post'> & { id: string }) =>
    api<CheckInDone>(`/api/v1/me/hard-event-offers/${id}/check-in`, { method: 'POST', body }),
  );

export const useHardEvents = () => useQuery({ queryKey: MANAGED, queryFn: () => api<Schemas['HardEvents']>('/api/v1/hard-events') });
export const useHardEvent = (id: string) => useQuery({ queryKey: [...MANAGED, id], queryFn: () => api<HardEvent>(`/api/v1/hard-events/${id}`) });
export const useReferralRequests = () =>
  useQuery({ queryKey: ['hard-events', 'referrals'], queryFn: () => api<Schemas['HardEventReferralRequests']>('/api/v1/hard-event-referrals') });

export function useRecordHardEvent() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: HardEventInput) => api<HardEvent>('/api/v1/hard-events', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['hard-events'] }),
  });
}

/** Counts through the privacy gate, asked for only when an admin chooses a period. */
export const useHardEventFigures = (period: { from: string; to: string } | null) =>
  useQuery({
    queryKey: ['hard-events', 'figures', period],
    queryFn: () => api<HardEventFigures>(`/api/v1/hard-event-figures?from=${period!.from}&to=${period!.to}`),
    enabled: period !== null,
    retry: false,
  });
