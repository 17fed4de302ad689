import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { type InstrumentPreview, type OrgInstrument, usePreviewOrgInstrument } from '../../api/org-instruments';
import { localText } from '../../api/wellbeing';
import { SelectField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';

const SKIP = 'skip';

/**
 * Try the scoring before workers meet it: choose answers (any may be skipped), and see Tend's
 * score for each scale beside what the form's own calculated expressions give, and which safety
 * questions those answers would call support for. Nothing is stored.
 */
export function InstrumentPreviewForm({ instrument }: { instrument: OrgInstrument }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const preview = usePreviewOrgInstrument(instrument.id);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [result, setResult] = useState<InstrumentPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const sets = new Map(instrument.instrument.answerSets.map((s) => [s.id, s.options]));
  const items = new Map(instrument.instrument.items.map((item, index) => [item.id, { item, number: index + 1 }]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = Object.fromEntries(Object.entries(answers).flatMap(([id, value]) => (value === SKIP ? [] : [[id, Number(value)]])));
    try {
      setResult(await preview.mutateAsync(chosen));
      setProblem(null);
    } catch (error) {
      setResult(null);
      setProblem(error instanceof ApiError && error.problems.length > 0 ? error.problems.map((p) => p.problem).join('; ') : errorTitle(t, error));
    }
  };

  return (
    <section className="panel" aria-labelledby="own-preview-heading">
      <h2 id="own-preview-heading">{t('instruments.own.preview.heading')}</h2>
      <p>{t('instruments.own.preview.lead')}</p>
      <form className="form" onSubmit={submit} noValidate>
        {instrument.instrument.items.map((item, index) => {
          const text = item.text ? localText(item.text, lng) : t('wellbeing.checkIn.noText');
          return (
            <SelectField
              key={item.id}
              id={`preview-${item.id}`}
              label={t('wellbeing.checkIn.question', { number: index + 1, total: instrument.instrument.items.length, text })}
              value={answers[item.id] ?? SKIP}
              onChange={(value) => setAnswers((a) => ({ ...a, [item.id]: value }))}
            >
              <option value={SKIP}>{t('instruments.own.preview.skip')}</option>
              {(sets.get(item.answerSet) ?? []).map((o) => (
                <option key={o.value} value={String(o.value)}>
                  {localText(o.text, lng)}
                </option>
              ))}
            </SelectField>
          );
        })}
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={preview.isPending}>
            {t('instruments.own.preview.submit')}
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        {problem ? <Notice tone="error" title={problem} /> : null}
        {result ? (
          <div className="own-preview-result">
            <h3>{t('instruments.own.preview.tend')}</h3>
            <ul>
              {result.scores.map((s) => (
                <li key={s.scaleId}>
                  {localText(s.name, lng)}:{' '}
                  {s.score === null ? t('instruments.own.preview.noScore', { answered: s.answered, count: s.itemCount }) : t('instruments.own.preview.score', { score: s.score, answered: s.answered, count: s.itemCount })}
                </li>
              ))}
            </ul>
            <h3>{t('instruments.own.preview.form')}</h3>
            {result.formTotals.length === 0 ? (
              <p>{t('instruments.own.preview.noFormTotals')}</p>
            ) : (
              <ul>
                {result.formTotals.map((total) => (
                  <li key={total.linkId}>
                    {total.name}: {total.value === null ? t('instruments.own.preview.formNothing') : total.value}
                  </li>
                ))}
              </ul>
            )}
            <h3>{t('instruments.own.preview.safety')}</h3>
            <p>
              {result.safetyItemsCalling.length === 0
                ? t('instruments.own.preview.noSafety')
                : t('instruments.own.preview.safetyCalled', { questions: result.safetyItemsCalling.map((id) => items.get(id)?.number ?? id).join(', ') })}
            </p>
          </div>
        ) : null}
      </div>
    </section>
  );
}
