import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSetupSteps } from '../../api/tasks';

const dismissKey = (personId: string) => `tend.home.setup-hidden.${personId}`;

function readHidden(personId: string): boolean {
  try {
    return window.localStorage.getItem(dismissKey(personId)) === 'yes';
  } catch {
    return false;
  }
}

/**
 * An org admin's first run: the steps that make Tend useful (units, people, placement, a course
 * catalogue, a first assessment), each done or not with a link, until all are done. The admin may
 * hide them; that choice is kept in this browser (it is a view preference, nothing else).
 */
export function SetupSteps({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const [hidden, setHidden] = useState(() => readHidden(personId));
  const setup = useSetupSteps(!hidden);
  if (hidden || !setup.data || setup.data.complete) return null;
  const { steps, done, total } = setup.data;
  const hide = () => {
    try {
      window.localStorage.setItem(dismissKey(personId), 'yes');
    } catch {
      // a browser that keeps nothing: hidden until the page is opened again
    }
    setHidden(true);
  };
  return (
    <section className="panel home-setup" aria-labelledby="home-setup-heading">
      <h2 id="home-setup-heading">{t('homeTasks.setup.heading')}</h2>
      <p>{t('homeTasks.setup.lead')}</p>
      <p id="home-setup-progress">
        <progress value={done} max={total} aria-labelledby="home-setup-progress-text" />{' '}
        <span id="home-setup-progress-text">{t('homeTasks.setup.progress', { done, total })}</span>
      </p>
      <ol className="plain-list home-setup-steps">
        {steps.map((step) => (
          <li key={step.key} className={step.done ? 'home-setup-step is-done' : 'home-setup-step'}>
            <span className="home-setup-state">{step.done ? t('homeTasks.setup.done') : t('homeTasks.setup.toDo')}</span>{' '}
            <Link to={step.href}>{t(`homeTasks.setup.steps.${step.key}`)}</Link>
          </li>
        ))}
      </ol>
      <p>
        <button type="button" className="button button-secondary" onClick={hide}>
          {t('homeTasks.setup.hide')}
        </button>
      </p>
    </section>
  );
}
