import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { RequestOf, ResponseOf, Schemas } from './schema';

/** The columns Tend understands; name and email are required. */
export const IMPORT_FIELDS = ['name', 'email', 'job_title', 'unit', 'manager_email', 'kind', 'start_date', 'end_date'] as const satisfies readonly (keyof Schemas['ImportMapping'])[];
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['name', 'email'];
/** The request lets a field be left out; the web app always names every field, null when unmapped. */
export type Mapping = Required<Schemas['ImportMapping']>;
export type DateFormat = RequestOf<'/api/v1/people/imports', 'post'>['dateFormat'];

export type Analysis = Schemas['ImportAnalysis'];
export type Preview = Schemas['ImportPreview'];
export type BadRow = Preview['badRows'][number];
export type SampleRow = Preview['sample'][number];
export type ImportJob = Schemas['ImportJob'];

export const analyseCsv = (csv: string) => api<Analysis>('/api/v1/people/imports/analyse', { method: 'POST', body: { csv } });

export const previewImport = (input: RequestOf<'/api/v1/people/imports/preview', 'post'>) =>
  api<Preview>('/api/v1/people/imports/preview', { method: 'POST', body: input });

export const startImport = (input: RequestOf<'/api/v1/people/imports', 'post'>) =>
  api<ResponseOf<'/api/v1/people/imports', 'post', 202>>('/api/v1/people/imports', { method: 'POST', body: input });

/** Follows an import job every 300 ms until it is done or failed (a people import unless `jobsPath` says which). */
export const useImportJob = (jobId: string | null, jobsPath = '/api/v1/people/imports') =>
  useQuery({
    queryKey: ['import-job', jobsPath, jobId],
    queryFn: () => api<ImportJob>(`${jobsPath}/${jobId}`),
    enabled: jobId !== null,
    refetchInterval: (query) => (query.state.data && query.state.data.status !== 'running' ? false : 300),
  });
