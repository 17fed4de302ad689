import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ResponseOf, Schemas } from './schema';

/**
 * The document marks developmentHours optional because a request may leave it out (it has a
 * default); the server's answer always carries it, filled in.
 */
export type OrgSettings = Schemas['OrgSettings'] & { developmentHours: Schemas['DevelopmentRequirement'] };
export type Organisation = Omit<ResponseOf<'/api/v1/org', 'get'>, 'settings'> & { settings: OrgSettings };
export type AuditEvent = ResponseOf<'/api/v1/audit', 'get'>['events'][number];

export const useOrganisation = () => useQuery({ queryKey: ['org'], queryFn: () => api<Organisation>('/api/v1/org') });

export function useUpdateOrgSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<OrgSettings>) => api<OrgSettings>('/api/v1/org/settings', { method: 'PATCH', body: patch }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['org'] }),
  });
}

export const useAuditTrail = () => useQuery({ queryKey: ['audit'], queryFn: () => api<{ events: AuditEvent[] }>('/api/v1/audit') });
