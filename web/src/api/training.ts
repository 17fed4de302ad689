import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { RequestOf, ResponseOf, Schemas } from './schema';

/** Training catalogue, records and coverage, as the API answers them. */

export { LEVELS } from './framework';
export type { Level } from './framework';
export type Course = Schemas['Course'];
export type CourseInput = Schemas['CourseInput'];
export type CourseFormat = Course['format'];
export const COURSE_FORMATS = ['in-person', 'online-live', 'online-self-paced', 'blended'] as const satisfies readonly CourseFormat[];
export type QualityReview = Schemas['CourseQualityReview'];
export type TrainingRecord = Schemas['TrainingRecord'];
export type Validity = TrainingRecord['validity'];
export type TrainingInput = Schemas['TrainingRecordInput'];
export type MyDevelopment = Schemas['MyDevelopment'];
export type CoverageStatus = MyDevelopment['status'];
export type CoverageTable = Schemas['CoverageTable'];
export type TeamCoverage = Schemas['TeamCoverage'];
export type OrgCoverage = Schemas['OrgCoverage'];

/** The training import's fields, as the API names them (training-import-rules.ts). */
export const TRAINING_IMPORT_FIELDS = ['email', 'course', 'title', 'completed_on', 'hours', 'levels', 'expires_on', 'evidence'] as const satisfies readonly (keyof Schemas['TrainingImportMapping'])[];
export type TrainingImportField = (typeof TRAINING_IMPORT_FIELDS)[number];
/** The request lets a field be left out; the web app always names every field, null when unmapped. */
export type TrainingMapping = Required<Schemas['TrainingImportMapping']>;
export type TrainingPreview = Schemas['TrainingImportPreview'];

export const useCourses = () => useQuery({ queryKey: ['courses'], queryFn: () => api<ResponseOf<'/api/v1/courses', 'get'>>('/api/v1/courses') });

export function useSaveCourse() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: CourseInput }) =>
      id ? api<Course>(`/api/v1/courses/${id}`, { method: 'PATCH', body: input }) : api<Course>('/api/v1/courses', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['courses'] }),
  });
}

export function useReviewCourse() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, review }: { id: string; review: QualityReview }) => api<Course>(`/api/v1/courses/${id}/quality-review`, { method: 'POST', body: review }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['courses'] }),
  });
}

export const useMyDevelopment = () => useQuery({ queryKey: ['my-development'], queryFn: () => api<MyDevelopment>('/api/v1/me/development') });

export function useRecordTraining(personId: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TrainingInput) => api<TrainingRecord>(`/api/v1/people/${personId}/training`, { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['my-development'] }),
  });
}

export function useDeleteTraining(personId: string | undefined) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (recordId: string) => api<void>(`/api/v1/people/${personId}/training/${recordId}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['my-development'] }),
  });
}

/** A supervisor's reports (no unit), or for an org admin the people of a unit and the units inside it. */
export const useTeamCoverage = (unitId: string | null, enabled = true) =>
  useQuery({
    queryKey: ['team-coverage', unitId],
    enabled,
    // other people's progress changes without this browser knowing: fetch afresh on every visit
    staleTime: 0,
    queryFn: () => api<TeamCoverage>(`/api/v1/team/coverage${unitId ? `?unitId=${encodeURIComponent(unitId)}` : ''}`),
  });

export const useOrgCoverage = () => useQuery({ queryKey: ['org-coverage'], queryFn: () => api<OrgCoverage>('/api/v1/org/coverage'), staleTime: 0 });

/** Without a mapping, the server suggests one from the headers (and answers 400 when that misses a required column). */
export const previewTrainingImport = (input: RequestOf<'/api/v1/training/imports/preview', 'post'>) =>
  api<TrainingPreview>('/api/v1/training/imports/preview', { method: 'POST', body: input });

export const startTrainingImport = (input: RequestOf<'/api/v1/training/imports', 'post'>) =>
  api<ResponseOf<'/api/v1/training/imports', 'post', 202>>('/api/v1/training/imports', { method: 'POST', body: input });

export const TRAINING_IMPORTS_PATH = '/api/v1/training/imports';
