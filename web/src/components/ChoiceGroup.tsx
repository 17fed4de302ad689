import type { ReactNode } from 'react';

interface Option {
  value: string;
  label: string;
  description?: string;
  lang?: string;
}

interface Props {
  /** The group's id; each option's input is `${id}-${value}`, and the first one takes focus from the error summary. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: Option[];
}

type Single = Props & { type: 'radio'; value: string | null; onChange: (value: string) => void };
type Multiple = Props & { type: 'checkbox'; value: string[]; onChange: (value: string[]) => void };

/**
 * Radio buttons or checkboxes in a fieldset with a legend. Native inputs: every browser,
 * screen reader and test tool knows them, and arrow keys move between radios.
 */
export function ChoiceGroup(props: Single | Multiple) {
  const { id, legend, hint, error, options } = props;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const isChecked = (value: string) => (props.type === 'radio' ? props.value === value : props.value.includes(value));
  const toggle = (value: string, checked: boolean) => {
    if (props.type === 'radio') props.onChange(value);
    else props.onChange(checked ? [...props.value, value] : props.value.filter((v) => v !== value));
  };
  return (
    <fieldset id={id} className={error ? 'field choice-group field-invalid' : 'field choice-group'} aria-describedby={described}>
      <legend className="group-label">{legend}</legend>
      {hint ? (
        <div className="field-hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {options.map((option) => {
        const inputId = `${id}-${option.value}`;
        return (
          <div key={option.value} className="choice">
            <input
              id={inputId}
              type={props.type}
              name={id}
              value={option.value}
              checked={isChecked(option.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={option.description ? `${inputId}-description` : undefined}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <div className="choice-text">
              <label htmlFor={inputId} lang={option.lang}>
                {option.label}
              </label>
              {option.description ? (
                <p className="choice-description" id={`${inputId}-description`}>
                  {option.description}
                </p>
              ) : null}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
