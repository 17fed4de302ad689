import { type FormEvent, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useConcernHandlers, useSetConcernHandlers } from '../../api/voice';
import { announce } from '../../components/announcer';
import { Notice } from '../../components/Notice';
import { PeopleSearchPicker } from '../../components/PeopleSearchPicker';
import type { PickedPerson } from '../../components/PersonSearchSelect';
import { errorTitle } from '../../components/problem-text';

/**
 * Who handles concerns, for org admins to set: named people (who must hold the org admin role),
 * or nobody named, meaning every org admin. Any admin may change it — the change is in the audit
 * log as a settings change — so who reads names is never a secret.
 */
export function HandlersSection() {
  const { t } = useTranslation();
  const current = useConcernHandlers();
  const save = useSetConcernHandlers();
  const [chosen, setChosen] = useState<PickedPerson[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    if (current.data && !current.data.everyAdmin) setChosen(current.data.handlers.map((h) => ({ id: h.personId, name: h.name, kind: 'employee' })));
  }, [current.data]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    save.mutate(
      chosen.map((p) => p.id),
      { onSuccess: () => announce(t('voice.handlers.saved')), onError: (error) => setFailure(errorTitle(t, error)) },
    );
  };

  return (
    <section className="panel" aria-labelledby="voice-handlers-heading">
      <h2 id="voice-handlers-heading">{t('voice.handlers.heading')}</h2>
      {current.data ? (
        <p>
          {current.data.everyAdmin
            ? t('voice.handlers.everyAdmin')
            : t('voice.handlers.named', { names: current.data.handlers.map((h) => h.name).join(', ') || t('voice.handlers.nobody') })}
        </p>
      ) : null}
      <form className="form" onSubmit={onSubmit} noValidate>
        {failure ? <Notice tone="error">{failure}</Notice> : null}
        <PeopleSearchPicker idPrefix="voice-handlers" legend={t('voice.handlers.legend')} hint={t('voice.handlers.hint')} value={chosen} onChange={setChosen} />
        <div className="button-row">
          <Button type="submit" className="button button-secondary" isDisabled={save.isPending}>
            {t('voice.handlers.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
