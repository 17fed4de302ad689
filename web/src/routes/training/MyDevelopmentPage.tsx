import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { type TrainingRecord, useCourses, useDeleteTraining, useMyDevelopment } from '../../api/training';
import { announce } from '../../components/announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { focusIfLost } from '../../components/focus-if-lost';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { RecordLearningForm } from './RecordLearningForm';
import { TrainingRecordsTable } from './TrainingRecordsTable';

/** A worker's own development: the level to reach, what is done, learning this year, and what comes next. */
export function MyDevelopmentPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const mine = useMyDevelopment();
  const courses = useCourses();
  const deleteTraining = useDeleteTraining(me?.personId);
  const [removing, setRemoving] = useState<TrainingRecord | null>(null);
  const d = mine.data;
  const level = (l: string | null) => (l ? t(`training.levels.${l}`) : t('training.none'));

  return (
    <Page title={t('training.my.title')} lead={<p>{t('training.my.lead')}</p>}>
      {mine.isPending ? <Loading /> : null}
      {mine.error ? <Notice tone="error">{errorTitle(t, mine.error)}</Notice> : null}
      {d ? (
        <>
          <section className="panel" aria-labelledby="my-level-heading">
            <h2 id="my-level-heading">{t('training.my.levelTitle')}</h2>
            <dl className="facts">
              <dt>{t('training.my.required')}</dt>
              <dd>{d.required ? level(d.required) : t('training.my.notPlaced')}</dd>
              <dt>{t('training.my.completed')}</dt>
              <dd data-testid="my-completed">{level(d.completed)}</dd>
            </dl>
            <p>{t(`training.my.status.${d.status}`)}</p>
          </section>

          <section className="panel" aria-labelledby="my-hours-heading">
            <h2 id="my-hours-heading">{t('training.my.hoursTitle')}</h2>
            <p>{t('training.my.hours', { hours: d.ongoing.hours, required: d.ongoing.requiredHours })}</p>
            <p>{d.ongoing.met ? t('training.my.hoursMet') : t('training.my.hoursToGo', { count: Math.max(d.ongoing.requiredHours - d.ongoing.hours, 0) })}</p>
          </section>

          <section className="panel" aria-labelledby="my-training-heading">
            <h2 id="my-training-heading" tabIndex={-1}>
              {t('training.my.trainingTitle')}
            </h2>
            {d.records.length > 0 ? (
              <TrainingRecordsTable id="my-training" records={d.records} caption={t('training.my.trainingCaption', { count: d.records.length })} onRemove={setRemoving} />
            ) : (
              <p>{t('training.my.noTraining')}</p>
            )}
          </section>

          <section className="panel" aria-labelledby="record-heading">
            <h2 id="record-heading">{t('training.my.recordTitle')}</h2>
            {me && courses.data ? <RecordLearningForm personId={me.personId} courses={courses.data.courses.filter((c) => c.approved)} /> : <Loading />}
          </section>

          <section className="panel" aria-labelledby="next-heading">
            <h2 id="next-heading">{t('training.my.nextTitle')}</h2>
            {d.next.levels.length === 0 ? (
              <p>{d.required ? t('training.my.nothingToClose') : t('training.my.waitForPlacement')}</p>
            ) : (
              <>
                <p>{t('training.my.toClose', { levels: d.next.levels.map((l) => level(l)).join(', ') })}</p>
                {d.next.courses.length > 0 ? (
                  <ul className="plain-list">
                    {d.next.courses.map((c) => (
                      <li key={c.id}>{t('training.my.courseLine', { title: c.title, provider: c.provider, hours: c.hours, levels: c.levels.map((l) => level(l)).join(', ') })}</li>
                    ))}
                  </ul>
                ) : (
                  <p>{t('training.my.noCourses')}</p>
                )}
              </>
            )}
          </section>
        </>
      ) : null}
      <ConfirmDialog
        destructive
        isOpen={removing !== null}
        onClose={() => {
          // the removed row's button is gone: keep the keyboard in the same part of the page
          focusIfLost('my-training-heading');
          setRemoving(null);
        }}
        title={t('training.my.removeTitle')}
        confirmLabel={t('training.my.removeConfirm')}
        onConfirm={async () => {
          if (!removing) return;
          await deleteTraining.mutateAsync(removing.id);
          announce(t('training.my.removed', { title: removing.title }));
        }}
      >
        <p>{removing ? t('training.my.removeExplain', { title: removing.title, date: formatDate(removing.completedOn, i18n.language) }) : ''}</p>
      </ConfirmDialog>
    </Page>
  );
}
