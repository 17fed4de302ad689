import { useTranslation } from 'react-i18next';
import { RAGS, type Rag } from '../../api/assessments';
import { RagIcon } from './Rag';

/** Red, amber or green as three radios, each with its shape and words; saved as soon as chosen. */
export function RagChoice({
  name,
  legend,
  value,
  words,
  disabled,
  onChange,
}: {
  name: string;
  legend: string;
  value: Rag | null;
  words: (rag: Rag) => string;
  disabled?: boolean;
  onChange: (rag: Rag) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="rag-choice">
      <legend className="visually-hidden">{legend}</legend>
      {RAGS.map((rag) => {
        const id = `${name}-${rag}`;
        return (
          <div key={rag} className={`rag-option rag-${rag}`}>
            <input id={id} type="radio" name={name} value={rag} checked={value === rag} disabled={disabled} onChange={() => onChange(rag)} />
            <label htmlFor={id}>
              <RagIcon rating={rag} /> {words(rag)} <span className="meta">({t(`assessments.rag.colour.${rag}`)})</span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
