import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Schemas } from './schema';

/** The workforce figures of a quarter, as the privacy gate released them (src/modules/workforce/figure-routes.ts). */
export type WorkforceFigures = Schemas['WorkforceFigures'];
export type WorkforceIndicators = Schemas['WorkforceIndicators'];
export type WorkerKindFilter = NonNullable<WorkforceFigures['workerKind']>;
export const WORKER_KIND_FILTERS = ['employee', 'volunteer', 'contractor', 'peer_worker'] as const satisfies readonly WorkerKindFilter[];

/** The query string of a quarter's figures, of everyone or of one kind of worker. */
export const figuresQuery = (quarter: string, workerKind?: string | null) =>
  `quarter=${encodeURIComponent(quarter)}${workerKind ? `&workerKind=${encodeURIComponent(workerKind)}` : ''}`;

/** One cache entry per quarter and kind, shared by the tables, the trend and the outcomes page. */
export const figuresQueryOptions = (quarter: string, workerKind?: string | null) => ({
  queryKey: ['workforce-figures', quarter, workerKind ?? 'everyone'],
  queryFn: () => api<WorkforceFigures>(`/api/v1/workforce/figures?${figuresQuery(quarter, workerKind)}`),
  staleTime: 60_000,
});

export const useWorkforceFigures = (quarter: string, workerKind?: string | null) => useQuery(figuresQueryOptions(quarter, workerKind));
