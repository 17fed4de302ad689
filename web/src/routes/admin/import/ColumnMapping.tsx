import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../components/fields';

interface Props<F extends string> {
  /** Each select's id is `${idPrefix}-${field}`, so an error summary with the same prefix links to it. */
  idPrefix: string;
  legend: ReactNode;
  /** Said once for the whole group (which fields are needed, for example). */
  hint?: ReactNode;
  fields: readonly F[];
  /** Visible label of each field. */
  labels: Record<F, string>;
  /** Fields that must have a column; their labels say so. */
  required?: readonly F[];
  /** The file's column headers, in order. */
  headers: readonly string[];
  mapping: Record<F, string | null>;
  onChange: (field: F, header: string | null) => void;
  error: (field: F) => string | undefined;
  /** The choice for "this file has no such column". */
  notInFile: string;
}

/**
 * Which column of a CSV file holds each field: one labelled select per field, listing the
 * file's headers. Used by the people import and the training import.
 */
export function ColumnMapping<F extends string>({ idPrefix, legend, hint, fields, labels, required = [], headers, mapping, onChange, error, notInFile }: Props<F>) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset" aria-describedby={hint ? `${idPrefix}-columns-hint` : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <div className="field-hint" id={`${idPrefix}-columns-hint`}>
          {hint}
        </div>
      ) : null}
      <div className="mapping-grid">
        {fields.map((field) => (
          <SelectField
            key={field}
            id={`${idPrefix}-${field}`}
            label={required.includes(field) ? t('form.requiredLabel', { label: labels[field] }) : labels[field]}
            value={mapping[field] ?? ''}
            onChange={(value) => onChange(field, value || null)}
            error={error(field)}
            required={required.includes(field)}
          >
            <option value="">{notInFile}</option>
            {headers.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </SelectField>
        ))}
      </div>
    </fieldset>
  );
}
