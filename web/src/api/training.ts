import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { BadRow, DateFormat } from './imports';

/** Training catalogue, records and coverage, as the API answers them. */

export const LEVELS = ['informed', 'skilled', 'enhanced', 'specialist'] as const;
export type Level = (typeof LEVELS)[number];
export const COURSE_FORMATS = ['in-person', 'online-live', 'online-self-paced', 'blended'] as const;
export type CourseFormat = (typeof COURSE_FORMATS)[number];
export type Validity = 'current' | 'expiring' | 'expired';
export type CoverageStatus = 'met' | 'gap' | 'not-placed';

export interface QualityReview {
  provision: 'in-house' | 'local' | 'commissioned';
  trainerExperience: boolean;
  audience: boolean;
  closesGaps: boolean;
  transferSupport: boolean;
  notes?: string | null;
  approve: boolean;
}
export interface CourseInput {
  title: string;
  provider: string;
  levels: Level[];
  format: CourseFormat;
  hours: number;
  cost?: string | null;
  language: string;
  accessibility?: string | null;
  validForMonths?: number | null;
}
export interface Course extends Required<CourseInput> {
  id: string;
  approved: boolean;
  review: (QualityReview & { reviewedAt: string | null }) | null;
}
export interface TrainingRecord {
  id: string;
  courseId: string | null;
  title: string;
  completedOn: string;
  hours: number;
  levels: Level[];
  evidenceNote: string | null;
  expiresOn: string | null;
  validity: Validity;
}
export interface TrainingInput {
  courseId?: string | null;
  title?: string | null;
  completedOn: string;
  hours: number;
  levels?: Level[];
  evidenceNote?: string | null;
  expiresOn?: string | null;
}
export interface MyDevelopment {
  required: Level | null;
  completed: Level | null;
  status: CoverageStatus;
  records: TrainingRecord[];
  ongoing: { hours: number; requiredHours: number; met: boolean };
  next: { levels: Level[]; courses: Course[] };
}
export interface CoverageTable {
  rows: { level: Level; people: number; met: number }[];
  notPlaced: number;
  placed: number;
  met: number;
  gaps: number;
}
export interface TeamCoverage {
  table: CoverageTable;
  people: {
    id: string;
    name: string;
    kind: 'staff' | 'volunteer';
    required: Level | null;
    completed: Level | null;
    status: CoverageStatus;
    expiring: { id: string; title: string; expiresOn: string | null; validity: Validity }[];
  }[];
}
export interface OrgCoverage {
  services: (CoverageTable & { serviceId: string | null; name: string | null })[];
  series: { month: string; date: string; placed: number; met: number; gaps: number; notPlaced: number }[];
}
/** The training import's fields, as the API names them (training-import-rules.ts). */
export const TRAINING_IMPORT_FIELDS = ['email', 'course', 'title', 'completed_on', 'hours', 'levels', 'expires_on', 'evidence'] as const;
export type TrainingImportField = (typeof TRAINING_IMPORT_FIELDS)[number];
export type TrainingMapping = Record<TrainingImportField, string | null>;

export interface TrainingPreview {
  headers: string[];
  mapping: TrainingMapping;
  totalRows: number;
  goodRows: number;
  badRows: BadRow[];
  sample: { line: number; title: string; completedOn: string; hours: number; levels: Level[]; expiresOn: string | null }[];
}

export const useCourses = () => useQuery({ queryKey: ['courses'], queryFn: () => api<{ courses: Course[] }>('/api/v1/courses') });

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
export const previewTrainingImport = (input: { csv: string; dateFormat: DateFormat; mapping?: TrainingMapping }) =>
  api<TrainingPreview>('/api/v1/training/imports/preview', { method: 'POST', body: input });

export const startTrainingImport = (input: { csv: string; dateFormat: DateFormat; mapping?: TrainingMapping; mode: 'all' | 'good-rows-only' }) =>
  api<{ jobId: string }>('/api/v1/training/imports', { method: 'POST', body: input });

export const TRAINING_IMPORTS_PATH = '/api/v1/training/imports';
