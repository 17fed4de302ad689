import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { QueryOf, RequestOf, ResponseOf, Schemas } from './schema';

export type Person = Schemas['Person'];
export type Account = NonNullable<Person['account']>;
export type PersonKind = Person['kind'];
export const PERSON_KINDS = ['employee', 'volunteer', 'contractor', 'peer_worker'] as const satisfies readonly PersonKind[];
export type OrgRole = RequestOf<'/api/v1/people/{id}/account', 'post'>['roles'][number];
/** Roles an organisation may grant; hub analyst belongs to the regional hub. */
export const ORG_ROLES = ['worker', 'supervisor', 'org_admin'] as const satisfies readonly OrgRole[];
export type PersonInput = Schemas['PersonInput'];
export type PersonPatch = Schemas['PersonPatch'];
export type PeopleQuery = QueryOf<'/api/v1/people', 'get'>;

/** People the signed-in person may list: everyone for org admins, direct reports for supervisors. */
export function usePeople(query: PeopleQuery = {}, enabled = true) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(key, String(value));
  return useQuery({
    queryKey: ['people', query],
    queryFn: () => api<ResponseOf<'/api/v1/people', 'get'>>(`/api/v1/people?${params}`),
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
  usePeopleMutation(({ id, ...patch }: PersonPatch & { id: string }) => api<Person>(`/api/v1/people/${id}`, { method: 'PATCH', body: patch }));

export const useInvite = () =>
  usePeopleMutation(({ id, roles }: { id: string; roles: OrgRole[] }) => api<void>(`/api/v1/people/${id}/account`, { method: 'POST', body: { roles } }));

export const useUpdateAccount = () =>
  usePeopleMutation(({ id, ...patch }: RequestOf<'/api/v1/people/{id}/account', 'patch'> & { id: string }) =>
    api<void>(`/api/v1/people/${id}/account`, { method: 'PATCH', body: patch }),
  );

export const PEOPLE_EXPORT_URL = '/api/v1/people/export.csv';
