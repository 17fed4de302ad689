import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrorState } from './form-errors';

interface Props {
  state: FormErrorState;
  /** The id prefix the form's fields use (`${idPrefix}-${field}`), so each problem links to its field. */
  idPrefix: string;
  /** Visible labels by field name; a problem whose field is not listed is shown without a link. */
  labels: Record<string, string>;
}

/**
 * Shown above a form after a failed submit, and focused, so keyboard and screen-reader users
 * land on what went wrong and can jump to each field.
 */
export function ErrorSummary({ state, idPrefix, labels }: Props) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each failed submit (a new attempt) must take focus again, even with the same title
  useEffect(() => {
    if (state.title) box.current?.focus();
  }, [state.attempt, state.title]);

  if (!state.title) return null;
  const entries = Object.entries(state.fields);
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby={`${idPrefix}-error-title`}>
      <h2 id={`${idPrefix}-error-title`} className="error-summary-title">
        {state.title}
      </h2>
      {entries.length > 0 ? (
        <ul>
          {entries.map(([field, problem]) =>
            labels[field] ? (
              <li key={field}>
                <a
                  href={`#${idPrefix}-${field}`}
                  onClick={(event) => {
                    // focus the field without touching the address (a reset link keeps its token in the #fragment)
                    event.preventDefault();
                    const target = document.getElementById(`${idPrefix}-${field}`);
                    // a group (checkboxes, radios) takes focus on its first control
                    const control = target?.matches('input, select, textarea') ? target : target?.querySelector<HTMLElement>('input, select, textarea');
                    control?.focus();
                  }}
                >
                  {t('form.problemWithField', { field: labels[field], problem })}
                </a>
              </li>
            ) : (
              <li key={field}>{problem}</li>
            ),
          )}
        </ul>
      ) : null}
    </div>
  );
}
