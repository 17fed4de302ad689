import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type AssessmentSection, type CycleDetail, type Rag, useConfirm, useCycle, useSaveNote } from '../../api/assessments';
import { announce } from '../../components/announcer';
import { TextArea } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { useSession } from '../../api/session';
import { usePackText } from '../framework/pack-text';
import { CycleLinks, useCycleDates, usePersonName, useScopeName } from './common';
import { CriterionBlock } from './CriterionBlock';

/** A team review: every section's criteria to rate with evidence and comments, journey notes, and the lead's confirmation. */
export function ReviewPage() {
  const { t } = useTranslation();
  const { cycleId } = useParams();
  const { me } = useSession();
  const cycle = useCycle(cycleId, me?.personId);

  if (cycle.isPending) return <Loading />;
  if (cycle.error || !cycle.data) return <Page title={t('assessments.list.title')}>{<Notice tone="error">{errorTitle(t, cycle.error)}</Notice>}</Page>;
  return <Review cycle={cycle.data} />;
}

function Review({ cycle }: { cycle: CycleDetail }) {
  const { t } = useTranslation();
  const text = usePackText();
  const scope = useScopeName();
  const dates = useCycleDates();
  const name = usePersonName(cycle.id);
  const ragWords = (rag: Rag) => {
    const found = cycle.pack.body.ratings.rag.find((r) => r.id === rag);
    return found ? text(found.text) : t(`assessments.rag.${rag}`);
  };
  const criteria = cycle.pack.body.sections.flatMap((s) => s.criteria);
  const rated = [...cycle.criteria.values()].filter((c) => c.rating !== null).length;
  const canEdit = cycle.canContribute && cycle.status === 'open';

  return (
    <Page title={cycle.title} lead={<p>{cycle.mode === 'team-review' ? t('assessments.review.lead') : t('assessments.review.surveyNote')}</p>}>
      <CycleLinks cycle={cycle} current="review" />
      <dl className="facts">
        <dt>{t('assessments.form.pack')}</dt>
        <dd>{text(cycle.pack.title)}</dd>
        <dt>{t('assessments.list.scope')}</dt>
        <dd>{scope(cycle)}</dd>
        <dt>{t('assessments.list.mode')}</dt>
        <dd>{t(`assessments.modes.${cycle.mode}`)}</dd>
        <dt>{t('assessments.list.dates')}</dt>
        <dd>{dates(cycle)}</dd>
        <dt>{t('assessments.list.status')}</dt>
        <dd>{t(`assessments.status.${cycle.status}`)}</dd>
        {cycle.leadPersonId ? (
          <>
            <dt>{t('assessments.form.lead')}</dt>
            <dd>{name(cycle.leadPersonId)}</dd>
          </>
        ) : null}
        {cycle.contributorIds.length > 0 ? (
          <>
            <dt>{t('assessments.form.contributors')}</dt>
            <dd>{cycle.contributorIds.map(name).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <details className="panel">
        <summary>{t('assessments.review.intro')}</summary>
        <p>{text(cycle.pack.body.intro)}</p>
      </details>
      {cycle.mode === 'team-review' ? (
        <>
          <p className="result-count" role="status">
            {t('assessments.review.progress', { rated, count: criteria.length })}
          </p>
          {cycle.pack.body.sections.map((section) => (
            <SectionPanel key={section.id} cycle={cycle} section={section} canEdit={canEdit} ragWords={ragWords} />
          ))}
          <ConfirmPanel cycle={cycle} />
        </>
      ) : (
        <p>
          <Link to={`/assessments/${cycle.id}/results`}>{t('assessments.review.resultsLink')}</Link>
        </p>
      )}
    </Page>
  );
}

function SectionPanel({ cycle, section, canEdit, ragWords }: { cycle: CycleDetail; section: AssessmentSection; canEdit: boolean; ragWords: (rag: Rag) => string }) {
  const { t } = useTranslation();
  const text = usePackText();
  const saveNote = useSaveNote(cycle.id);
  const saved = cycle.review?.sections.find((s) => s.id === section.id)?.note ?? '';
  const [note, setNote] = useState(saved);
  const title = text(section.title);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    saveNote.mutate({ sectionId: section.id, note: note.trim() }, { onSuccess: () => announce(t('assessments.review.noteSaved', { title })) });
  };

  return (
    <section className="panel" aria-labelledby={`section-${section.id}`}>
      <h2 id={`section-${section.id}`}>{title}</h2>
      <p>{text(section.summary)}</p>
      <p className="meta">{t('assessments.review.criteriaCount', { count: section.criteria.length })}</p>
      {section.criteria.map((criterion) => (
        <CriterionBlock key={criterion.id} cycle={cycle} criterion={criterion} canEdit={canEdit} ragWords={ragWords} />
      ))}
      <form className="form" onSubmit={submit} noValidate>
        <TextArea
          id={`note-${section.id}`}
          label={t('assessments.review.journeyNote')}
          hint={text(section.journeyPrompt)}
          rows={3}
          value={note}
          onChange={setNote}
          readOnly={!canEdit}
        />
        {saveNote.error ? <Notice tone="error">{errorTitle(t, saveNote.error)}</Notice> : null}
        {canEdit ? (
          <div className="button-row">
            <Button type="submit" className="button button-secondary" isDisabled={saveNote.isPending} aria-label={t('assessments.review.saveNoteFor', { title })}>
              {t('assessments.review.saveNote')}
            </Button>
          </div>
        ) : null}
      </form>
    </section>
  );
}

function ConfirmPanel({ cycle }: { cycle: CycleDetail }) {
  const { t } = useTranslation();
  const name = usePersonName(cycle.id);
  const confirm = useConfirm(cycle.id);
  const pending = [...cycle.criteria.values()].flatMap((c) => (c.rating !== null && !c.confirmed ? [{ criterionId: c.id, rating: c.rating }] : []));
  return (
    <section className="panel" aria-labelledby="confirm-heading">
      <h2 id="confirm-heading">{t('assessments.review.confirmHeading')}</h2>
      {cycle.canConfirm ? (
        <>
          <p>{t('assessments.review.confirmLead')}</p>
          <p>{t('assessments.review.toConfirm', { count: pending.length })}</p>
          {confirm.isSuccess ? <Notice tone="success">{t('assessments.review.confirmed')}</Notice> : null}
          {confirm.error ? <Notice tone="error">{errorTitle(t, confirm.error)}</Notice> : null}
          <div className="button-row">
            <Button
              className="button button-primary"
              isDisabled={confirm.isPending || pending.length === 0}
              onPress={() => confirm.mutate(pending, { onSuccess: () => announce(t('assessments.review.confirmed')) })}
            >
              {t('assessments.review.confirm')}
            </Button>
          </div>
        </>
      ) : (
        <p>{t('assessments.review.confirmNotLead', { name: name(cycle.leadPersonId) })}</p>
      )}
    </section>
  );
}
