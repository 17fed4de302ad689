import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { RequestOf, ResponseOf, Schemas } from './schema';
import { WELLBEING_KEY } from './wellbeing';

/** My organisation's own instruments (imported FHIR Questionnaires), for its admins. */

export type OrgInstrumentSummary = Schemas['OrgInstrumentSummary'];
export type OrgInstrument = Schemas['OrgInstrument'];
export type InstrumentPreview = Schemas['InstrumentPreview'];
export type OrgInstrumentStatus = OrgInstrument['status'];

const BASE = '/api/v1/org-instruments';
const KEY = ['org-instruments'] as const;
const path = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const useOrgInstruments = () => useQuery({ queryKey: KEY, queryFn: () => api<ResponseOf<typeof BASE, 'get'>>(BASE), staleTime: 0 });

export const useOrgInstrument = (id: string) => useQuery({ queryKey: [...KEY, id], queryFn: () => api<OrgInstrument>(path(id)), staleTime: 0 });

/** After any change: the list, the one instrument, and what workers are offered. */
function useChange<I, O>(call: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEY });
      await client.invalidateQueries({ queryKey: WELLBEING_KEY });
    },
  });
}

export const useImportOrgInstrument = () => useChange((input: RequestOf<typeof BASE, 'post'>) => api<OrgInstrument>(BASE, { method: 'POST', body: input }));

export const useMarkSafetyItems = (id: string) =>
  useChange((marks: Record<string, number | null>) => api<OrgInstrument>(`${path(id)}/safety-items`, { method: 'PUT', body: { marks } }));

export const useMoveOrgInstrument = (id: string) => useChange((move: 'publish' | 'withdraw') => api<OrgInstrument>(`${path(id)}/${move}`, { method: 'POST' }));

export const useDeleteOrgInstrumentDraft = (id: string) => useChange(() => api<undefined>(path(id), { method: 'DELETE' }));

/** Scores some answers without storing anything: Tend's scales beside the form's own totals. */
export const usePreviewOrgInstrument = (id: string) =>
  useMutation({ mutationFn: (answers: Record<string, number | null>) => api<InstrumentPreview>(`${path(id)}/preview`, { method: 'POST', body: { answers } }) });
