import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { RequestOf, ResponseOf, Schemas } from './schema';
import type { Me } from './session';

/**
 * The worker's private well-being space and what others shared with them, as the API answers
 * (src/modules/wellbeing/present.ts). Personal data: only the owner's own browser asks for it.
 */

/** One text per locale; imported licensed texts may have only one. */
export type LocalText = Schemas['LocalText'];

export type SupportContact = Schemas['SupportContact'];
export type SupportKind = SupportContact['kind'];
export const SUPPORT_KINDS = ['employee-assistance', 'counselling', 'crisis', 'peer-support', 'other'] as const satisfies readonly SupportKind[];

export type Profile = Schemas['WellbeingProfile'];
export const PROFILE_PARTS = ['strengths', 'vulnerabilities', 'earlySigns', 'whatHelps'] as const satisfies readonly (keyof Profile)[];

export type CopingStep = Schemas['CopingStep'];
export type CopingPlan = Schemas['CopingPlan'];
export type PlanPhase = keyof CopingPlan;
export const PLAN_PHASES = ['before', 'during', 'after'] as const satisfies readonly PlanPhase[];

export type Rhythm = Schemas['CheckInRhythm']['rhythm'];
export const RHYTHMS = ['weekly', 'fortnightly', 'monthly', 'off'] as const satisfies readonly Rhythm[];

export type ScaleScore = Schemas['ScaleScore'];
export type Band = NonNullable<ScaleScore['band']>;
export type CheckIn = Schemas['CheckIn'];
export type TrendPoint = Schemas['TrendPoint'];
export type Trend = Schemas['CheckInTrend'];
export type Instrument = Schemas['Instrument'];
export type Reminder = Schemas['CheckInReminder'];
export type Overview = Schemas['WellbeingOverview'];
export type Reflection = Schemas['Reflection'];
export type Grant = Schemas['WellbeingGrant'];
export type GrantScope = Grant['scope'];
export const GRANT_SCOPES = ['coping-plan', 'check-in-trend', 'check-in'] as const satisfies readonly GrantScope[];
export type SharedGrant = Schemas['SharedWithMe'];
export type SharedPart = Schemas['SharedPart'];

/** A text in the page's language, else English, else whichever the text has. */
export const localText = (text: LocalText | null | undefined, lng: string): string => (text ? (text[lng] ?? text.en ?? Object.values(text)[0] ?? '') : '');

const ME = '/api/v1/me/wellbeing';
export const WELLBEING_KEY = ['wellbeing'] as const;

/** The organisation's support contacts, shown on every page of the space. */
export const useSupportContacts = () =>
  useQuery({ queryKey: ['support-contacts'], queryFn: () => api<Schemas['SupportContacts']>('/api/v1/support-contacts'), staleTime: 60_000 });

/** A support contact as an org admin writes it; empty optional fields are sent as null. */
export type SupportContactInput = Schemas['SupportContactInput'];

/** Org admins keep the contacts: every change refreshes the list and the overview that carries it. */
function useSupportContactChange<V, R>(call: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['support-contacts'] });
      await client.invalidateQueries({ queryKey: WELLBEING_KEY });
    },
  });
}
export const useAddSupportContact = () =>
  useSupportContactChange((input: SupportContactInput) => api<SupportContact>('/api/v1/support-contacts', { method: 'POST', body: input }));
export const useUpdateSupportContact = () =>
  useSupportContactChange(({ id, ...input }: SupportContactInput & { id: string }) => api<SupportContact>(`/api/v1/support-contacts/${id}`, { method: 'PATCH', body: input }));
export const useDeleteSupportContact = () => useSupportContactChange((id: string) => api<void>(`/api/v1/support-contacts/${id}`, { method: 'DELETE' }));

/** Everything changed in the space makes every cached part of it stale (overview, results, sharing). */
function useSpaceChange<V, R>(call: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => client.invalidateQueries({ queryKey: WELLBEING_KEY }) });
}

/** Next check-in, latest results, profile, coping plan and rhythm in one answer. */
export const useOverview = () => useQuery({ queryKey: [...WELLBEING_KEY, 'overview'], queryFn: () => api<Overview>(ME), staleTime: 0 });

export const useInstruments = () =>
  useQuery({ queryKey: [...WELLBEING_KEY, 'instruments'], queryFn: () => api<Schemas['Instruments']>(`${ME}/instruments`), staleTime: 60_000 });

/** Where the next page of a paged list starts: the previous page's nextCursor (none for the first). */
const pageQuery = (cursor: string | null) => (cursor ? `?cursor=${encodeURIComponent(cursor)}` : '');

/** My check-ins, newest first, a page at a time (`fetchNextPage` for the next; ShowMore shows the control). */
export const useCheckIns = () =>
  useInfiniteQuery({
    queryKey: [...WELLBEING_KEY, 'check-ins'],
    queryFn: ({ pageParam }) => api<Schemas['CheckIns']>(`${ME}/check-ins${pageQuery(pageParam)}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 0,
  });

/** Whether a check-in is due under my rhythm: shown on Home and the overview (nothing is sent). */
export const useReminders = (enabled = true) =>
  useQuery({ queryKey: [...WELLBEING_KEY, 'reminders'], queryFn: () => api<Schemas['WellbeingReminders']>(`${ME}/reminders`), enabled, staleTime: 0 });

/** `supportSuggested` is set when a scale landed in a band that suggests outside support. */
export type CheckInResult = Schemas['CheckInResult'];
export const useSubmitCheckIn = () =>
  useSpaceChange((input: Schemas['CheckInInput']) => api<CheckInResult>(`${ME}/check-ins`, { method: 'POST', body: input }));

/** How each past response of a file reads (a dry run), or what was brought in. */
export type ImportReport = Schemas['ResponseImportReport'];
export type ImportedResponse = Schemas['ImportedResponse'];
export type ImportInput = Schemas['ResponseImportInput'];
const IMPORT_PATH = `${ME}/check-ins/import`;

/** Reads a file of past responses without storing anything: the preview before bringing them in. */
export const usePreviewImport = () =>
  useMutation({ mutationFn: (input: Omit<ImportInput, 'dryRun'>) => api<ImportReport>(IMPORT_PATH, { method: 'POST', body: { ...input, dryRun: true } }) });

/** Brings the responses in (all or nothing): results, trends and the overview are refreshed. */
export const useBringInResponses = () => useSpaceChange((input: Omit<ImportInput, 'dryRun'>) => api<ImportReport>(IMPORT_PATH, { method: 'POST', body: input }));

/** Whether my check-in results may count in my organisation's figures (through the privacy gate only). */
export const useSaveContribution = () =>
  useSpaceChange((contributesToFigures: boolean) => api<Schemas['WellbeingContribution']>(`${ME}/contribution`, { method: 'PUT', body: { contributesToFigures } }));

export const useSaveProfile = () => useSpaceChange((profile: Profile) => api<Overview>(`${ME}/profile`, { method: 'PUT', body: profile }));

export const useSaveCopingPlan = () => useSpaceChange((plan: CopingPlan) => api<Overview>(`${ME}/coping-plan`, { method: 'PUT', body: plan }));

export const useSaveRhythm = () =>
  useSpaceChange((input: RequestOf<'/api/v1/me/wellbeing/rhythm', 'put'>) => api<Schemas['CheckInRhythm']>(`${ME}/rhythm`, { method: 'PUT', body: input }));

/** One scale of one instrument I have checked in with, in the order I first answered it. */
export interface ScaleKey {
  instrumentId: string;
  scaleId: string;
  scaleName: LocalText;
}

/** The scales my check-ins have scores for, one per instrument and scale, oldest first. */
export function scalesOf(checkIns: CheckIn[]): ScaleKey[] {
  const scales = new Map<string, ScaleKey>();
  for (const c of [...checkIns].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt))) {
    for (const s of c.scores) {
      const key = `${c.instrumentId}\u0000${s.scaleId}`;
      if (!scales.has(key)) scales.set(key, { instrumentId: c.instrumentId, scaleId: s.scaleId, scaleName: s.name });
    }
  }
  return [...scales.values()];
}

/** One scale over time (oldest first), with its possible range for the chart's axis. */
export const useTrend = (instrumentId: string, scaleId: string) =>
  useQuery({
    queryKey: [...WELLBEING_KEY, 'trend', instrumentId, scaleId],
    queryFn: () => api<Trend>(`${ME}/check-ins/trend?instrumentId=${encodeURIComponent(instrumentId)}&scale=${encodeURIComponent(scaleId)}`),
    staleTime: 0,
  });

export type Strategy = Schemas['CopingStrategy'];
export const useStrategies = () =>
  useQuery({ queryKey: [...WELLBEING_KEY, 'strategies'], queryFn: () => api<Schemas['CopingStrategies']>(`${ME}/strategies`), staleTime: Number.POSITIVE_INFINITY });

export const useReflections = () =>
  useQuery({ queryKey: [...WELLBEING_KEY, 'reflections'], queryFn: () => api<Schemas['Reflections']>(`${ME}/reflections`), staleTime: 0 });
export const useAddReflection = () => useSpaceChange((body: string) => api<Reflection>(`${ME}/reflections`, { method: 'POST', body: { body } }));
export const useUpdateReflection = () =>
  useSpaceChange(({ id, body }: { id: string; body: string }) => api<Reflection>(`${ME}/reflections/${id}`, { method: 'PUT', body: { body } }));
export const useDeleteReflection = () => useSpaceChange((id: string) => api<void>(`${ME}/reflections/${id}`, { method: 'DELETE' }));

/** Everything I shared, newest first, a page at a time. */
export const useGrants = () =>
  useInfiniteQuery({
    queryKey: [...WELLBEING_KEY, 'grants'],
    queryFn: ({ pageParam }) => api<Schemas['WellbeingGrants']>(`${ME}/grants${pageQuery(pageParam)}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 0,
  });
export const useAddGrant = () =>
  useSpaceChange((input: Schemas['WellbeingGrantInput']) =>
    api<Grant>(`${ME}/grants`, { method: 'POST', body: input }),
  );
export const useRevokeGrant = () => useSpaceChange((id: string) => api<Grant>(`${ME}/grants/${id}/revoke`, { method: 'POST' }));

/** A colleague I could share with: names only (the API never sends an email). */
export type Grantee = Schemas['WellbeingGrantee'];

/** The shortest search the colleague lookup takes. */
export const GRANTEE_SEARCH_MIN = 2;

/** Colleagues of my organisation whose name contains `search` (at most 20, never me); idle until the search is long enough. */
export const useGrantees = (search: string) =>
  useQuery({
    queryKey: [...WELLBEING_KEY, 'grantees', search],
    enabled: search.length >= GRANTEE_SEARCH_MIN,
    staleTime: 30_000,
    queryFn: () => api<Schemas['WellbeingGrantees']>(`${ME}/grantees?q=${encodeURIComponent(search)}`),
  });

/** My line manager, from my own record, offered first when choosing whom to share with. */
export function useLineManager(me: Me | null) {
  return useQuery({
    queryKey: [...WELLBEING_KEY, 'line-manager', me?.personId],
    enabled: Boolean(me),
    staleTime: 60_000,
    queryFn: async (): Promise<{ id: string; name: string } | null> => {
      const own = await api<ResponseOf<'/api/v1/people/{id}', 'get'>>(`/api/v1/people/${me?.personId}`);
      return own.managerId && own.managerName ? { id: own.managerId, name: own.managerName } : null;
    },
  });
}

export const EXPORT_JSON_PATH = `${ME}/export.json`;
export const EXPORT_PDF_PATH = `${ME}/export.pdf`;

/** Erases the whole space for good; what stays cached is dropped with it. */
export function useEraseSpace() {
  const client = useQueryClient();
  return useMutation({
    // the API asks for the word itself, whatever language the person typed it in
    mutationFn: () => api<Schemas['WellbeingErased']>(`${ME}/erase`, { method: 'POST', body: { confirm: 'erase' } }),
    onSuccess: () => {
      client.removeQueries({ queryKey: WELLBEING_KEY });
    },
  });
}

export const useSharedWithMe = () =>
  useQuery({ queryKey: ['shared-with-me'], queryFn: () => api<Schemas['SharedWithMeList']>('/api/v1/shared-with-me'), staleTime: 0 });
export const useSharedPart = (id: string | null) =>
  useQuery({ queryKey: ['shared-with-me', id], queryFn: () => api<SharedPart>(`/api/v1/shared-with-me/${id}`), enabled: Boolean(id), staleTime: 0 });
