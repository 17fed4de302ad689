import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Role } from './session';

export const PERSON_KINDS = ['employee', 'volunteer', 'contractor', 'peer_worker'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];
/** Roles an organisation may grant; hub analyst belongs to the regional hub. */
export const ORG_ROLES = ['worker', 'supervisor', 'org_admin'] as const satisfies readonly Role[];
export type OrgRole = (typeof ORG_ROLES)[number];

export interface Account {
  roles: Role[];
  disabled: boolean;
  status: 'active' | 'invited' | 'disabled';
}
export interface Person {
  id: string;
  name: string;
  email: string;
  /** A new email an admin asked for, awaiting its owner's confirmation. */
  pendingEmail?: string | null;
  jobTitle: string | null;
  unitId: string | null;
  unitName: string | null;
  managerId: string | null;
  managerName: string | null;
  kind: PersonKind;
  startDate: string | null;
  endDate: string | null;
  account: Account | null;
}
export interface PersonInput {
  name: string;
  email: string;
  jobTitle: string | null;
  unitId: string | null;
  managerId: string | null;
  kind: PersonKind;
  startDate: string | null;
  endDate: string | null;
}
export interface PeopleQuery {
  search?: string;
  unitId?: string;
  limit?: number;
  offset?: number;
}

/** People the signed-in person may list: everyone for org admins, direct reports for supervisors. */
export function usePeople(query: PeopleQuery = {}, enabled = true) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  return useQuery({
    queryKey: ['people', query],
    queryFn: () => api<{ people: Person[]; total: number }>(`/api/v1/people?${params}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

function usePeopleMutation<V, R>(fn: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['people'] }),
        client.invalidateQueries({ queryKey: ['units'] }),
        client.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });
}

export const useCreatePerson = () => usePeopleMutation((input: PersonInput) => api<Person>('/api/v1/people', { method: 'POST', body: input }));

export const useUpdatePerson = () =>
  usePeopleMutation(({ id, ...patch }: Partial<PersonInput> & { id: string }) => api<Person>(`/api/v1/people/${id}`, { method: 'PATCH', body: patch }));

export const useInvite = () =>
  usePeopleMutation(({ id, roles }: { id: string; roles: OrgRole[] }) => api<void>(`/api/v1/people/${id}/account`, { method: 'POST', body: { roles } }));

export const useUpdateAccount = () =>
  usePeopleMutation(({ id, ...patch }: { id: string; roles?: OrgRole[]; disabled?: boolean }) =>
    api<void>(`/api/v1/people/${id}/account`, { method: 'PATCH', body: patch }),
  );

export const PEOPLE_EXPORT_URL = '/api/v1/people/export.csv';
