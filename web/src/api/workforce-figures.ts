import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Schemas } from './schema';

/** The workforce figures of a quarter, as the privacy gate released them (src/modules/workforce/figure-routes.ts). */
export type WorkforceFigures = Schemas['WorkforceFigures'];
export type WorkforceIndicators = Schemas['WorkforceIndicators'];

export const useWorkforceFigures = (quarter: string) =>
  useQuery({
    queryKey: ['workforce-figures', quarter],
    queryFn: () => api<WorkforceFigures>(`/api/v1/workforce/figures?quarter=${encodeURIComponent(quarter)}`),
    staleTime: 60_000,
  });
