import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ResponseOf } from './schema';

/** Open data: a collaborative's publications and the hub's privacy budget (hub pages), and what anyone may read (public pages). */
export type PublicationListing = ResponseOf<'/api/v1/open-data/publications', 'get'>['publications'][number];
export type PublicationPage = ResponseOf<'/api/v1/open-data/publications/{id}', 'get'>;
export type CollaborativePublications = ResponseOf<'/api/v1/hub/collaboratives/{id}/publications', 'get'>;

export const useCollaborativePublications = (collaborativeId: string) =>
  useQuery({ queryKey: ['collaboratives', collaborativeId, 'publications'], queryFn: () => api<CollaborativePublications>(`/api/v1/hub/collaboratives/${collaborativeId}/publications`) });

/** A hub admin publishes; the list and the budget are read again. */
export function usePublishOpenData(collaborativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // epsilon may be text a person typed that is no number: the server names the field and the problem
    mutationFn: (input: { language: 'en' | 'es'; epsilon?: number | string }) =>
      api<{ id: string; version: number }>(`/api/v1/hub/collaboratives/${collaborativeId}/publications`, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['collaboratives', collaborativeId] }),
  });
}

export const usePublicPublications = () => useQuery({ queryKey: ['open-data'], queryFn: () => api<{ publications: PublicationListing[] }>('/api/v1/open-data/publications') });

export const usePublicPublication = (id: string) => useQuery({ queryKey: ['open-data', id], queryFn: () => api<PublicationPage>(`/api/v1/open-data/publications/${id}`) });

/** Where a publication's files are: plain links, so they download without the app. */
export const publicationFile = (id: string, name: 'data.csv' | 'data.json' | 'dictionary.csv' | 'dictionary.json') => `/api/v1/open-data/publications/${id}/${name}`;
