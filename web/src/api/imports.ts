import { useQuery } from '@tanstack/react-query';
import { api } from './client';

/** The columns Tend understands; name and email are required. */
export const IMPORT_FIELDS = ['name', 'email', 'job_title', 'unit', 'manager_email', 'kind', 'start_date', 'end_date'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['name', 'email'];
export type Mapping = Record<ImportField, string | null>;
export type DateFormat = 'iso' | 'dmy';

export interface Analysis {
  delimiter: string;
  headers: string[];
  rowCount: number;
  suggestedMapping: Partial<Mapping>;
  sampleRows: string[][];
}
export interface BadRow {
  line: number;
  problems: { field: string; problem: string }[];
}
export interface SampleRow {
  line: number;
  name: string;
  email: string;
  unit: string | null;
  kind: string | null;
  startDate: string | null;
  endDate: string | null;
}
export interface Preview {
  totalRows: number;
  goodRows: number;
  newPeople: number;
  updatedPeople: number;
  badRows: BadRow[];
  sample: SampleRow[];
}
export interface ImportJob {
  status: 'running' | 'done' | 'failed';
  processed: number;
  total: number;
  created: number;
  updated: number;
  message: string | null;
}

export const analyseCsv = (csv: string) => api<Analysis>('/api/v1/people/imports/analyse', { method: 'POST', body: { csv } });

export const previewImport = (input: { csv: string; mapping: Mapping; dateFormat: DateFormat }) =>
  api<Preview>('/api/v1/people/imports/preview', { method: 'POST', body: input });

export const startImport = (input: { csv: string; mapping: Mapping; dateFormat: DateFormat; goodRowsOnly: boolean }) =>
  api<{ jobId: string }>('/api/v1/people/imports', { method: 'POST', body: input });

/** Follows an import job every 300 ms until it is done or failed (a people import unless `jobsPath` says which). */
export const useImportJob = (jobId: string | null, jobsPath = '/api/v1/people/imports') =>
  useQuery({
    queryKey: ['import-job', jobsPath, jobId],
    queryFn: () => api<ImportJob>(`${jobsPath}/${jobId}`),
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data && query.state.data.status !== 'running' ? false : 300),
  });
