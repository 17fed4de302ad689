import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type Reflection, useAddReflection, useDeleteReflection, useReflections, useUpdateReflection } from '../../api/wellbeing';
import { announce } from '../../components/announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextArea } from '../../components/fields';
import { fieldErrorsOf } from '../../components/form-errors';
import { focusIfLost } from '../../components/focus-if-lost';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';
import { WellbeingPage, WhoSees } from './WellbeingPage';

/** Private reflections: notes the person alone reads. No grant reaches them. */
export function ReflectionsPage() {
  const { t, i18n } = useTranslation();
  const reflections = useReflections();
  const remove = useDeleteReflection();
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<Reflection | null>(null);
  const list = reflections.data?.reflections ?? [];

  return (
    <WellbeingPage title={t('wellbeing.reflections.title')} lead={<p>{t('wellbeing.reflections.lead')}</p>}>
      <WhoSees>{t('wellbeing.reflections.whoSees')}</WhoSees>
      <section className="panel" aria-labelledby="new-reflection-heading">
        <h2 id="new-reflection-heading">{t('wellbeing.reflections.newHeading')}</h2>
        <ReflectionForm id="reflection-new" />
      </section>
      <section className="panel" aria-labelledby="reflections-heading">
        <h2 id="reflections-heading" tabIndex={-1}>
          {t('wellbeing.reflections.listHeading')}
        </h2>
        {reflections.isPending ? <Loading /> : null}
        {reflections.error ? <Notice tone="error">{errorTitle(t, reflections.error)}</Notice> : null}
        {reflections.data && list.length === 0 ? <p>{t('wellbeing.reflections.none')}</p> : null}
        {list.map((r) => (
          <article key={r.id} className="wb-reflection" aria-labelledby={`reflection-${r.id}-when`}>
            <h3 id={`reflection-${r.id}-when`}>{formatDateTime(r.createdAt, i18n.language)}</h3>
            {editing === r.id ? (
              <ReflectionForm id={`reflection-${r.id}`} reflection={r} onDone={() => setEditing(null)} />
            ) : (
              <>
                <p className="wb-reflection-body">{r.body}</p>
                <div className="button-row">
                  <Button className="button button-secondary" onPress={() => setEditing(r.id)} aria-label={t('wellbeing.reflections.editNamed', { when: formatDateTime(r.createdAt, i18n.language) })}>
                    {t('common.edit')}
                  </Button>
                  <Button className="button button-secondary" onPress={() => setRemoving(r)} aria-label={t('wellbeing.reflections.deleteNamed', { when: formatDateTime(r.createdAt, i18n.language) })}>
                    {t('wellbeing.reflections.delete')}
                  </Button>
                </div>
              </>
            )}
          </article>
        ))}
      </section>
      <ConfirmDialog
        isOpen={removing !== null}
        onClose={() => {
          focusIfLost('reflections-heading');
          setRemoving(null);
        }}
        title={t('wellbeing.reflections.deleteTitle')}
        confirmLabel={t('wellbeing.reflections.deleteConfirm')}
        onConfirm={async () => {
          if (!removing) return;
          await remove.mutateAsync(removing.id);
          announce(t('wellbeing.reflections.deleted'));
        }}
      >
        <p>{t('wellbeing.reflections.deleteExplain')}</p>
      </ConfirmDialog>
    </WellbeingPage>
  );
}

/** Write a new note, or rewrite one (with `reflection`). */
function ReflectionForm({ id, reflection, onDone }: { id: string; reflection?: Reflection; onDone?: () => void }) {
  const { t } = useTranslation();
  const add = useAddReflection();
  const update = useUpdateReflection();
  const [body, setBody] = useState(reflection?.body ?? '');
  const [problem, setProblem] = useState<{ title: string; field?: string } | null>(null);
  const [saved, setSaved] = useState(false);
  const busy = add.isPending || update.isPending;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setSaved(false);
    if (!body.trim()) {
      setProblem({ title: t('wellbeing.reflections.empty'), field: t('wellbeing.reflections.empty') });
      return;
    }
    const onError = (error: unknown) => setProblem({ title: errorTitle(t, error), field: fieldErrorsOf(error, (p) => problemText(t, p)).body });
    const onSuccess = () => {
      announce(t('wellbeing.reflections.saved'));
      if (reflection) onDone?.();
      else {
        setBody('');
        setSaved(true);
      }
    };
    if (reflection) update.mutate({ id: reflection.id, body }, { onSuccess, onError });
    else add.mutate(body, { onSuccess, onError });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {problem && !problem.field ? <Notice tone="error">{problem.title}</Notice> : null}
      {saved ? <Notice tone="success">{t('wellbeing.reflections.saved')}</Notice> : null}
      <TextArea
        id={`${id}-body`}
        label={reflection ? t('wellbeing.reflections.editLabel') : t('wellbeing.reflections.label')}
        hint={reflection ? undefined : t('wellbeing.reflections.hint')}
        rows={5}
        value={body}
        error={problem?.field}
        onChange={(value) => {
          setSaved(false);
          setBody(value);
        }}
      />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={busy}>
          {reflection ? t('common.saveChanges') : t('wellbeing.reflections.save')}
        </Button>
        {reflection ? (
          <Button className="button button-secondary" onPress={onDone}>
            {t('common.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
