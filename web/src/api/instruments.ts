import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { WELLBEING_KEY } from './wellbeing';

/** The installed instruments as an org admin sees them (src/modules/wellbeing/fhir-routes.ts). */
export interface InstalledInstrument {
  id: string;
  version: string;
  title: Record<string, string>;
  summary: Record<string, string>;
  purpose: 'reflection' | 'measure';
  locales: string[];
  itemCount: number;
  /** Who holds the licence of a licensed measure; null for Tend's own. */
  licenceHolder: string | null;
  /** Tend ships the item texts. */
  textsIncluded: boolean;
  /** A licensed measure whose texts this organisation imported. */
  textsImported: boolean;
  importedAt: string | null;
}

const KEY = ['instruments'] as const;

export const useInstalledInstruments = () => useQuery({ queryKey: KEY, queryFn: () => api<{ instruments: InstalledInstrument[] }>('/api/v1/instruments'), staleTime: 0 });

/** Where an instrument's FHIR Questionnaire downloads from (a plain GET: a link can fetch it). */
export const questionnairePath = (id: string, locale: string) => `/api/v1/instruments/${encodeURIComponent(id)}/questionnaire.json?locale=${encodeURIComponent(locale)}`;

/** Where one of my check-ins downloads from as a FHIR QuestionnaireResponse. */
export const questionnaireResponsePath = (checkInId: string) => `/api/v1/me/wellbeing/check-ins/${encodeURIComponent(checkInId)}/questionnaire-response.json`;

/** Imports a licensed measure's texts from the organisation's FHIR Questionnaire; workers then see it. */
export function useImportLicensedTexts() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, questionnaire }: { id: string; questionnaire: unknown }) => api<unknown>(`/api/v1/instruments/${encodeURIComponent(id)}/licensed-texts`, { method: 'POST', body: questionnaire }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: KEY });
      await client.invalidateQueries({ queryKey: WELLBEING_KEY });
    },
  });
}
