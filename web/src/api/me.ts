import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Schemas } from './schema';

/** One read or change of my records; `via` says how it came when no person is behind it ('link', 'invitation', 'reset-request'). */
export type Access = Schemas['AccessToMyRecords'];

/** Who has read or changed my records, newest first. */
export const useAccessLog = () =>
  useQuery({ queryKey: ['me', 'access-log'], queryFn: () => api<{ accesses: Access[] }>('/api/v1/me/access-log') });

export const saveLanguage = (locale: 'en' | 'es') => api<void>('/api/v1/me/preferences', { method: 'PUT', body: { locale } });
