import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Schemas } from './schema';

/**
 * The person's own notifications and reminder choices, as the API answers
 * (src/modules/reminders/present.ts). Nobody else can read them.
 */

export type Notification = Schemas['Notification'];
export type ReminderKind = Notification['kind'];
export type ReminderPreference = Schemas['ReminderPreference'];

export const REMINDERS_KEY = ['reminders'] as const;

function useRemindersChange<V, R>(call: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: () => client.invalidateQueries({ queryKey: REMINDERS_KEY }) });
}

export const useNotifications = () => useQuery({ queryKey: [...REMINDERS_KEY, 'list'], queryFn: () => api<Schemas['Notifications']>('/api/v1/me/notifications') });
/** The unread count beside the navigation: looked at again every few minutes while the page is open. */
export const useUnreadCount = (enabled: boolean) =>
  useQuery({
    queryKey: [...REMINDERS_KEY, 'unread'],
    queryFn: () => api<Schemas['UnreadNotifications']>('/api/v1/me/notifications/unread-count'),
    enabled,
    refetchInterval: 5 * 60 * 1000,
  });
export const useMarkRead = () => useRemindersChange((id: string) => api<Notification>(`/api/v1/me/notifications/${id}/read`, { method: 'POST' }));
export const useMarkAllRead = () => useRemindersChange(() => api<Schemas['NotificationsMarked']>('/api/v1/me/notifications/read-all', { method: 'POST' }));

export const usePreferences = () => useQuery({ queryKey: [...REMINDERS_KEY, 'preferences'], queryFn: () => api<Schemas['ReminderPreferences']>('/api/v1/me/reminder-preferences') });
export const useSavePreferences = () =>
  useRemindersChange((preferences: ReminderPreference[]) => api<Schemas['ReminderPreferences']>('/api/v1/me/reminder-preferences', { method: 'PUT', body: { preferences } }));
