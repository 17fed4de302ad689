import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Schemas } from './schema';

/** The audit rolled up by implementation domain (src/modules/assessments/results-routes.ts); org admins only. */
export type AuditProgress = Schemas['AuditProgress'];

export const useAuditProgress = (enabled: boolean) =>
  useQuery({
    queryKey: ['audit-progress'],
    queryFn: () => api<AuditProgress>('/api/v1/assessments/domain-progress'),
    enabled,
    staleTime: 60_000,
  });
