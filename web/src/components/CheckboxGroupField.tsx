import { Checkbox, CheckboxGroup, FieldError, Label } from 'react-aria-components';

interface Option {
  value: string;
  label: string;
  description?: string;
}

interface Props {
  id: string;
  label: string;
  options: Option[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
}

/** A labelled group of checkboxes (React Aria), with a description per option and one error for the group. */
export function CheckboxGroupField({ id, label, options, value, onChange, error }: Props) {
  return (
    <CheckboxGroup
      id={id}
      className={error ? 'field checkbox-group field-invalid' : 'field checkbox-group'}
      value={value}
      onChange={onChange}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <Label className="group-label">{label}</Label>
      {error ? <FieldError className="field-error">{error}</FieldError> : null}
      {options.map((option) => (
        <div key={option.value} className="checkbox-option">
          <Checkbox
            value={option.value}
            className="checkbox"
            aria-describedby={option.description ? `${id}-${option.value}-description` : undefined}
          >
            {({ isSelected }) => (
              <>
                <span className="checkbox-box" aria-hidden="true" data-selected={isSelected || undefined}>
                  {isSelected ? '✓' : ''}
                </span>
                <span className="checkbox-label">{option.label}</span>
              </>
            )}
          </Checkbox>
          {option.description ? (
            <p className="checkbox-description" id={`${id}-${option.value}-description`}>
              {option.description}
            </p>
          ) : null}
        </div>
      ))}
    </CheckboxGroup>
  );
}
