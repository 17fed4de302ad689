import { useQuery } from '@tanstack/react-query';
import { api } from './client';

export interface Access {
  at: string;
  type: string;
  record: string | null;
  by: string;
  /** With no person behind it: how it came ('link', 'invitation', 'reset-request'). */
  via?: string | null;
}

/** Who has read or changed my records, newest first. */
export const useAccessLog = () =>
  useQuery({ queryKey: ['me', 'access-log'], queryFn: () => api<{ accesses: Access[] }>('/api/v1/me/access-log') });

export const saveLanguage = (locale: 'en' | 'es') => api<void>('/api/v1/me/preferences', { method: 'PUT', body: { locale } });
