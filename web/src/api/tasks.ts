import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { ResponseOf, Schemas } from './schema';

/**
 * Home's tasks, as the API answers (src/modules/tasks/present.ts): the signed-in person's own
 * waiting things, most urgent first, and an organisation's setup steps for its admins.
 */

export type HomeTask = Schemas['HomeTask'];
export type TaskKind = HomeTask['kind'];
export type SetupSteps = Schemas['SetupSteps'];
export type SetupStepKey = SetupSteps['steps'][number]['key'];

// read again each time Home is opened (no stale list after the task was done elsewhere)
export const useMyTasks = () =>
  useQuery({ queryKey: ['me', 'tasks'], queryFn: () => api<ResponseOf<'/api/v1/me/tasks', 'get'>>('/api/v1/me/tasks'), staleTime: 0 });

export const useSetupSteps = (enabled: boolean) =>
  useQuery({ queryKey: ['org', 'setup-steps'], queryFn: () => api<ResponseOf<'/api/v1/org/setup-steps', 'get'>>('/api/v1/org/setup-steps'), enabled, staleTime: 0 });
