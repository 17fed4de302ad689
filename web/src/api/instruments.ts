import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Schemas } from './schema';
import { WELLBEING_KEY } from './wellbeing';

/** The installed instruments as an org admin sees them (src/modules/wellbeing/fhir-routes.ts). */
export type InstalledInstrument = Schemas['InstalledInstrument'];

const KEY = ['instruments'] as const;

export const useInstalledInstruments = () => useQuery({ queryKey: KEY, queryFn: () => api<Schemas['InstalledInstruments']>('/api/v1/instruments'), staleTime: 0 });

/** Where an instrument's FHIR Questionnaire downloads from (a plain GET: a link can fetch it). */
export const questionnairePath = (id: string, locale: string) => `/api/v1/instruments/${encodeURIComponent(id)}/questionnaire.json?locale=${encodeURIComponent(locale)}`;

/** Where one of my check-ins downloads from as a FHIR QuestionnaireResponse. */
export const questionnaireResponsePath = (checkInId: string) => `/api/v1/me/wellbeing/check-ins/${encodeURIComponent(checkInId)}/questionnaire-response.json`;

/** Imports a licensed measure's texts from the organisation's FHIR Questionnaire; workers then see it. */
export function useImportLicensedTexts() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, questionnaire }: { id: string; questionnaire: unknown }) => api<Schemas['Instrument']>(`/api/v1/instruments/${encodeURIComponent(id)}/licensed-texts`, { method: 'POST', body: questionnaire }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEY });
      await client.invalidateQueries({ queryKey: WELLBEING_KEY });
    },
  });
}
