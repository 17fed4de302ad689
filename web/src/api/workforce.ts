import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { RequestOf, ResponseOf, Schemas } from './schema';

/** HR events (starts, leaves, absence spells) and their import, as the API answers them. */

export type HrEvent = Schemas['HrEvent'];
export type HrEventKind = HrEvent['kind'];
export type MoveInput = Schemas['HrMoveInput'];
export type AbsenceInput = Schemas['HrAbsenceInput'];
export type WorkerKind = NonNullable<HrEvent['workerKind']>;
export type LeaveReason = NonNullable<HrEvent['leaveReason']>;
export type AbsenceReason = NonNullable<HrEvent['absenceReason']>;

export const WORKER_KINDS = ['employee', 'volunteer', 'contractor', 'peer_worker'] as const satisfies readonly WorkerKind[];
export const LEAVE_REASONS = ['resigned', 'retired', 'end-of-contract', 'dismissed', 'redundancy', 'ill-health', 'death', 'other'] as const satisfies readonly LeaveReason[];
export const ABSENCE_REASONS = ['stress-related', 'other-illness', 'injury', 'family', 'other'] as const satisfies readonly AbsenceReason[];

/** The two kinds of file, and each one's fields as the API names them (hr-import-rules.ts). */
export type HrFileKind = RequestOf<'/api/v1/workforce/imports/preview', 'post'>['fileKind'];
export const HR_IMPORT_FIELDS = {
  moves: ['email', 'event', 'date', 'worker_kind', 'leave_reason'],
  absences: ['email', 'first_day', 'last_day', 'working_days_lost', 'reason'],
} as const satisfies Record<HrFileKind, readonly string[]>;
export const HR_REQUIRED_FIELDS: Record<HrFileKind, readonly string[]> = { moves: ['email', 'event', 'date'], absences: ['email', 'first_day', 'last_day', 'reason'] };
export type HrMapping = Record<string, string | null>;
export type HrImportPreview = Schemas['HrImportPreview'];
export const HR_IMPORTS_PATH = '/api/v1/workforce/imports';

const ORG_EVENTS = ['hr-events', 'org'] as const;

/** The organisation's HR events, newest day first, a page at a time. */
export const useOrgHrEvents = () =>
  useInfiniteQuery({
    queryKey: ORG_EVENTS,
    queryFn: ({ pageParam }) =>
      api<ResponseOf<'/api/v1/workforce/hr-events', 'get'>>(`/api/v1/workforce/hr-events${pageParam ? `?${new URLSearchParams({ cursor: pageParam })}` : ''}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // another admin or an import may have added some since: read afresh on every visit
    staleTime: 0,
  });

/** My own HR records. */
export const useMyHrEvents = () => useQuery({ queryKey: ['hr-events', 'mine'], queryFn: () => api<ResponseOf<'/api/v1/me/hr-events', 'get'>>('/api/v1/me/hr-events') });

function useHrMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    // a start or leave moves the person's dates, which the people pages show
    onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: ['hr-events'] }), client.invalidateQueries({ queryKey: ['people'] })]),
  });
}

export const useRecordMove = () =>
  useHrMutation(({ personId, input }: { personId: string; input: MoveInput }) => api<HrEvent>(`/api/v1/people/${personId}/hr-events/moves`, { method: 'POST', body: input }));

export const useRecordAbsence = () =>
  useHrMutation(({ personId, input }: { personId: string; input: AbsenceInput }) => api<HrEvent>(`/api/v1/people/${personId}/hr-events/absences`, { method: 'POST', body: input }));

export const useDeleteHrEvent = () => useHrMutation((event: Pick<HrEvent, 'id' | 'personId'>) => api<void>(`/api/v1/people/${event.personId}/hr-events/${event.id}`, { method: 'DELETE' }));

/** Without a mapping, the server suggests one from the headers (and answers 400 when that misses a required column). */
export const previewHrImport = (input: RequestOf<'/api/v1/workforce/imports/preview', 'post'>) => api<HrImportPreview>(`${HR_IMPORTS_PATH}/preview`, { method: 'POST', body: input });

export const startHrImport = (input: RequestOf<'/api/v1/workforce/imports', 'post'>) =>
  api<ResponseOf<'/api/v1/workforce/imports', 'post', 202>>(HR_IMPORTS_PATH, { method: 'POST', body: input });
