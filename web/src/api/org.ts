import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

export interface OrgSettings {
  minGroupSize: number;
  defaultLocale: 'en' | 'es';
  /** Yearly hours of ongoing development asked of each practice level. */
  developmentHours: { informed: number; skilled: number; enhanced: number; specialist: number };
  /** Months after which workers' check-ins are deleted for good; null keeps them until the worker erases them. */
  checkInRetentionMonths: number | null;
}
export interface Organisation {
  id: string;
  name: string;
  settings: OrgSettings;
}
export interface AuditEvent {
  at: string;
  type: string;
  by: string;
  subjectPersonId: string | null;
}

export const useOrganisation = () => useQuery({ queryKey: ['org'], queryFn: () => api<Organisation>('/api/v1/org') });

export function useUpdateOrgSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<OrgSettings>) => api<OrgSettings>('/api/v1/org/settings', { method: 'PATCH', body: patch }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['org'] }),
  });
}

export const useAuditTrail = () => useQuery({ queryKey: ['audit'], queryFn: () => api<{ events: AuditEvent[] }>('/api/v1/audit') });
