import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useOrganisation, useUpdateOrgSettings } from '../../api/org';
import type { Schemas } from '../../api/schema';
import { announce } from '../../components/announcer';
import { TextInput } from '../../components/fields';
import { fieldErrorsOf } from '../../components/form-errors';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';

type Rhythm = Schemas['SupervisionRhythmWeeks'];
const LEVELS = ['informed', 'skilled', 'enhanced', 'specialist'] as const;

/** The organisation's usual weeks between supervision sessions per practice level (a pair may agree another). */
export function RhythmDefaults() {
  const org = useOrganisation();
  const current = org.data?.settings.supervisionRhythmWeeks;
  return current ? <RhythmDefaultsForm key={org.data?.id} current={current} /> : null;
}

function RhythmDefaultsForm({ current }: { current: Rhythm }) {
  const { t } = useTranslation();
  const update = useUpdateOrgSettings();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(LEVELS.map((l) => [l, String(current[l])])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setProblem(null);
    const found: Record<string, string> = {};
    const weeks = {} as Rhythm;
    for (const level of LEVELS) {
      const n = Number(values[level]);
      if (!Number.isInteger(n) || n < 1 || n > 26) found[level] = t('supervision.rhythm.weeksRange');
      weeks[level] = n;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    update.mutate({ supervisionRhythmWeeks: weeks }, {
      onSuccess: () => {
        setSaved(true);
        announce(t('supervision.rhythm.defaultsSaved'));
      },
      onError: (error) => {
        const fields = fieldErrorsOf(error, (p) => problemText(t, p));
        setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^supervisionRhythmWeeks\./, ''), v])));
        setProblem(errorTitle(t, error));
      },
    });
  };

  return (
    <section className="panel" aria-labelledby="rhythm-defaults-heading">
      <h2 id="rhythm-defaults-heading">{t('supervision.rhythm.defaultsHeading')}</h2>
      <p>{t('supervision.rhythm.defaultsLead')}</p>
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      {saved ? <Notice tone="success">{t('supervision.rhythm.defaultsSaved')}</Notice> : null}
      <form className="form narrow" onSubmit={submit} noValidate>
        {LEVELS.map((level) => (
          <TextInput
            key={level}
            id={`rhythm-${level}`}
            type="number"
            inputMode="numeric"
            min={1}
            max={26}
            className="input-short"
            label={t('supervision.rhythm.levelLabel', { level: t(`supervision.levels.${level}`) })}
            value={values[level] ?? ''}
            error={errors[level]}
            onChange={(v) => {
              setSaved(false);
              setValues((s) => ({ ...s, [level]: v }));
            }}
          />
        ))}
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={update.isPending}>
            {t('supervision.rhythm.defaultsSave')}
          </Button>
        </div>
      </form>
    </section>
  );
}
