import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ResponseOf, Schemas } from './schema';

/** The regional hub: its own side (members, invitations, settings, people) and an organisation's side (consent). */
export type HubMember = Schemas['HubMember'];
export type HubPerson = Schemas['HubPerson'];
export type MyHub = Schemas['MyHub'];
export type Hub = ResponseOf<'/api/v1/hub', 'get'>;
export type MembershipStatus = HubMember['status'];

export const useHub = () => useQuery({ queryKey: ['hub'], queryFn: () => api<Hub>('/api/v1/hub') });
export const useHubMembers = () => useQuery({ queryKey: ['hub', 'members'], queryFn: () => api<{ members: HubMember[] }>('/api/v1/hub/members') });
export const useHubPeople = () => useQuery({ queryKey: ['hub', 'people'], queryFn: () => api<{ people: HubPerson[] }>('/api/v1/hub/people') });

/** Organisations found by name; asks only once two characters are typed. */
export const useOrganisationSearch = (text: string) =>
  useQuery({
    queryKey: ['hub', 'search', text],
    enabled: text.trim().length >= 2,
    queryFn: () => api<ResponseOf<'/api/v1/hub/organisation-search', 'get'>>(`/api/v1/hub/organisation-search?q=${encodeURIComponent(text.trim())}`),
  });

export function useInviteOrganisation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (orgId: string) => api<void>('/api/v1/hub/members', { method: 'POST', body: { orgId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['hub'] }),
  });
}

/** A hub admin withdraws an invitation the organisation has not answered. */
export function useWithdrawInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (orgId: string) => api<void>(`/api/v1/hub/members/${orgId}/invitation`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['hub'] }),
  });
}

export function useChangeHubSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<Hub['settings']>) => api<Hub>('/api/v1/hub/settings', { method: 'PATCH', body: patch }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['hub'] }),
  });
}

export function useAddHubPerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; email: string; roles: HubPerson['roles'] }) => api<{ personId: string }>('/api/v1/hub/people', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['hub', 'people'] }),
  });
}

export const useMyHubs = () => useQuery({ queryKey: ['org-hubs'], queryFn: () => api<{ currentStatementVersion: number; memberships: MyHub[] }>('/api/v1/org/hubs') });

export function useAnswerHub() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ hubId, step, statementVersion }: { hubId: string; step: 'consent' | 'decline' | 'revoke'; statementVersion?: number }) =>
      api<{ status: MembershipStatus }>(`/api/v1/org/hubs/${hubId}/${step}`, { method: 'POST', ...(step === 'consent' ? { body: { statementVersion } } : {}) }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ['org-hubs'] });
      client.invalidateQueries({ queryKey: ['me', 'tasks'] });
    },
  });
}
