import { useCallback, useState } from 'react';
import { ApiError, type FieldProblem } from '../api/client';

export interface FormErrorState {
  /** The headline for the error summary; null when there is nothing to show. */
  title: string | null;
  /** Problems by field name (already translated). */
  fields: Record<string, string>;
  /** Grows on each failed submit, so the summary takes focus again. */
  attempt: number;
}

const EMPTY: FormErrorState = { title: null, fields: {}, attempt: 0 };

/** A form's errors: set them on a failed submit, read them per field, clear them on success. */
export function useFormErrors() {
  const [state, setState] = useState<FormErrorState>(EMPTY);
  const fail = useCallback((title: string, fields: Record<string, string> = {}) => {
    setState((s) => ({ title, fields, attempt: s.attempt + 1 }));
  }, []);
  const clear = useCallback(() => setState((s) => ({ ...EMPTY, attempt: s.attempt })), []);
  return { state, fail, clear, field: (name: string) => state.fields[name] };
}

/** The server's field problems, translated, by field (the first problem of a field wins). */
export function fieldErrorsOf(error: unknown, translate: (problem: FieldProblem) => string): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  // the first problem of a field wins
  for (const problem of error.problems) out[problem.field] ??= translate(problem);
  return out;
}
