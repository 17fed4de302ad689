import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The shell every import wizard shares (people, training, HR events): which step is shown, the
 * draft carried between steps, and moving to a step — which puts the focus on its heading, so
 * keyboard and screen-reader users start at the top of a step that replaced the last one.
 */
export function useWizard<Step extends string, Draft>(steps: readonly Step[], empty: Draft) {
  const [step, setStep] = useState<Step>(steps[0]!);
  const [draft, setDraft] = useState<Draft>(empty);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step changes, which is the point
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step]);
  const go = (next: Step, change: Partial<Draft> = {}) => {
    moved.current = true;
    setDraft((d) => ({ ...d, ...change }));
    setStep(next);
  };
  return { step, draft, go, heading, index: steps.indexOf(step) };
}

/**
 * The list of steps (the current one marked, those behind it done) and a panel headed "Step n of
 * m: name", holding the step's content. `keys` is the locale prefix with `progressLabel`,
 * `stepOf` and `steps.<step>` under it.
 */
export function WizardFrame<Step extends string>({
  id,
  keys,
  steps,
  step,
  heading,
  children,
}: {
  id: string;
  keys: string;
  steps: readonly Step[];
  step: Step;
  heading: React.RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const index = steps.indexOf(step);
  return (
    <>
      <ol className="steps" aria-label={t(`${keys}.progressLabel`)}>
        {steps.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined} className={i < index ? 'step-done' : undefined}>
            {t(`${keys}.steps.${s}`)}
          </li>
        ))}
      </ol>
      <section className="panel" aria-labelledby={id}>
        <h2 id={id} ref={heading} tabIndex={-1} className="step-heading">
          {t(`${keys}.stepOf`, { n: index + 1, total: steps.length, name: t(`${keys}.steps.${step}`) })}
        </h2>
        {children}
      </section>
    </>
  );
}
