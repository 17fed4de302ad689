import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type AssessmentCriterion, type CycleDetail, type Rag, useAddComment, useComments, useRate } from '../../api/assessments';
import { announce } from '../../components/announcer';
import { TextArea } from '../../components/fields';
import { formatDateTime } from '../../components/format';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';
import { usePackText } from '../framework/pack-text';
import { formatSize, usePersonName } from './common';
import { EvidenceForm } from './EvidenceForm';
import { RagBadge } from './Rag';
import { RagChoice } from './RagChoice';

/** One criterion in a team review: its text, the team's rating, evidence and comments, and an action for a gap. */
export function CriterionBlock({ cycle, criterion, canEdit, ragWords }: { cycle: CycleDetail; criterion: AssessmentCriterion; canEdit: boolean; ragWords: (rag: Rag) => string }) {
  const { t, i18n } = useTranslation();
  const text = usePackText();
  const rate = useRate(cycle.id);
  const addComment = useAddComment(cycle.id, criterion.id);
  const name = usePersonName(cycle.id);
  const [open, setOpen] = useState(false);
  const commentList = useComments(cycle.id, criterion.id, open);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | undefined>();
  const rating = cycle.criteria.get(criterion.id) ?? null;
  const evidence = rating?.evidence ?? [];
  const comments = commentList.data?.comments ?? [];
  const domId = criterion.id.replace(/\W/g, '-');
  const current = rating?.rating ?? null;

  const sendComment = (event: FormEvent) => {
    event.preventDefault();
    if (!comment.trim()) {
      setCommentError(t('assessments.review.commentNeeded'));
      return;
    }
    setCommentError(undefined);
    addComment.mutate(comment.trim(), {
        onSuccess: () => {
          setComment('');
          announce(t('assessments.review.commentAdded'));
        },
        onError: (error) => setCommentError(errorTitle(t, error)),
    });
  };

  return (
    <article className="criterion" aria-labelledby={`criterion-${domId}`}>
      <h3 id={`criterion-${domId}`}>
        <span className="criterion-id">{criterion.id}</span> {text(criterion.text)}
      </h3>
      {canEdit ? (
        <RagChoice
          name={`rating-${domId}`}
          legend={t('assessments.review.rating', { id: criterion.id })}
          value={current}
          words={ragWords}
          disabled={rate.isPending}
          onChange={(rag) =>
            rate.mutate(
              { criterionId: criterion.id, rating: rag },
              { onSuccess: () => announce(t('assessments.review.rated', { id: criterion.id, rating: ragWords(rag) })) },
            )
          }
        />
      ) : (
        <p>
          <RagBadge rating={current} words={current ? ragWords(current) : undefined} />
        </p>
      )}
      {rating?.confirmedAt ? <p className="meta">{t('assessments.review.criterionConfirmed', { date: formatDateTime(rating.confirmedAt, i18n.language) })}</p> : null}
      {rate.error ? <Notice tone="error">{errorTitle(t, rate.error)}</Notice> : null}
      {current === 'red' || current === 'amber' ? (
        <p>
          <Link to={`/assessments/${cycle.id}/actions?criterion=${encodeURIComponent(criterion.id)}`}>{t('assessments.review.createActionFor', { id: criterion.id })}</Link>
        </p>
      ) : null}
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{t('assessments.review.evidenceCount', { count: evidence.length + (rating?.commentCount ?? 0), id: criterion.id })}</summary>
        {open ? (
          <div className="criterion-more">
            {criterion.evidenceHint ? <p className="hint">{t('assessments.review.evidenceHint', { hint: text(criterion.evidenceHint) })}</p> : null}
            <h4>{t('assessments.review.evidence')}</h4>
            {evidence.length === 0 ? <p>{t('assessments.review.noEvidence')}</p> : null}
            <ul className="evidence-list">
              {evidence.map((e) => (
                <li key={e.id}>
                  {e.kind === 'text' ? <p>{e.body}</p> : null}
                  {e.kind === 'link' && e.url ? (
                    <p>
                      <a href={e.url} rel="noreferrer noopener" target="_blank">
                        {e.body || e.url}
                      </a>
                    </p>
                  ) : null}
                  {e.kind === 'file' ? (
                    <p>
                      <a href={e.downloadUrl ?? undefined} download={e.fileName ?? undefined}>
                        {t('assessments.review.download', { name: e.fileName, size: formatSize(e.sizeBytes ?? 0, i18n.language) })}
                      </a>
                    </p>
                  ) : null}
                  <p className="meta">{t('assessments.review.addedBy', { name: name(e.addedByPersonId), date: formatDateTime(e.addedAt, i18n.language) })}</p>
                </li>
              ))}
            </ul>
            {canEdit ? <EvidenceForm cycleId={cycle.id} criterionId={criterion.id} /> : null}
            <h4>{t('assessments.review.comments')}</h4>
            {comments.length === 0 ? <p>{t('assessments.review.noComments')}</p> : null}
            <ul className="comment-list">
              {comments.map((c) => (
                <li key={c.id}>
                  <p>{c.body}</p>
                  <p className="meta">{t('assessments.review.addedBy', { name: name(c.authorPersonId), date: formatDateTime(c.createdAt, i18n.language) })}</p>
                </li>
              ))}
            </ul>
            {canEdit ? (
              <form className="form" onSubmit={sendComment} noValidate>
                <TextArea id={`comment-${domId}`} label={t('assessments.review.comment', { id: criterion.id })} rows={2} value={comment} onChange={setComment} error={commentError} />
                <div className="button-row">
                  <Button type="submit" className="button button-secondary" isDisabled={addComment.isPending}>
                    {t('assessments.review.addComment')}
                  </Button>
                </div>
              </form>
            ) : null}
          </div>
        ) : null}
      </details>
    </article>
  );
}
