import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type PracticePost, useBoard, useDeletePost, useEditPost, useModeratePost, useReply, useStartThread } from '../../api/shared-practice';
import { announce } from '../../components/announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea, TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';
import { sourceText } from './practice-words';
import { PostReportsView, ReportPost } from './ReportPost';

/**
 * The discussion board: threads oldest first, each with its replies; a reader reports a post to the
 * hub's moderators; hub admins see the reported ones marked, hide a post with a reason shown in its
 * place or dismiss its reports.
 */
export function PracticeBoard({ base }: { base: string }) {
  const { t } = useTranslation();
  const board = useBoard(base);
  const threads = board.data?.threads ?? [];
  const reported = [...threads, ...threads.flatMap((thread) => thread.replies)].filter((post) => post.reports).length;
  return (
    <section className="panel" aria-labelledby="practice-board-heading">
      <h2 id="practice-board-heading">{t('sharedPractice.board.heading')}</h2>
      <p>{t('sharedPractice.board.lead')}</p>
      {board.isPending ? <Loading /> : null}
      {board.error ? <Notice tone="error">{errorTitle(t, board.error)}</Notice> : null}
      {reported > 0 ? <Notice tone="info">{t('sharedPractice.report.summary', { count: reported })}</Notice> : null}
      {board.data && threads.length === 0 ? <p>{t('sharedPractice.board.none')}</p> : null}
      {threads.length > 0 ? (
        <ul className="practice-list" aria-label={t('sharedPractice.board.threads')}>
          {threads.map((thread) => (
            <li key={thread.id}>
              <PostView base={base} post={thread} thread />
              {thread.replies.length > 0 ? (
                <ul className="practice-replies" aria-label={t('sharedPractice.board.repliesTo', { title: thread.title ?? t('sharedPractice.board.aThread') })}>
                  {thread.replies.map((reply) => (
                    <li key={reply.id}>
                      <PostView base={base} post={reply} />
                    </li>
                  ))}
                </ul>
              ) : null}
              {board.data?.mayWrite && thread.state !== 'deleted' ? <ReplyForm base={base} threadId={thread.id} title={thread.title ?? ''} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {board.data?.mayWrite ? <NewThreadForm base={base} /> : null}
    </section>
  );
}

function PostView({ base, post, thread = false }: { base: string; post: PracticePost; thread?: boolean }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [hiding, setHiding] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const remove = useDeletePost(base);
  const moderate = useModeratePost(base);
  const when = formatDateTime(post.createdAt, i18n.language);
  const who = sourceText(t, post.from);
  const what = post.mine
    ? t(thread ? 'sharedPractice.board.threadByYou' : 'sharedPractice.board.replyByYou')
    : thread
      ? t('sharedPractice.board.threadBy', { who })
      : t('sharedPractice.board.replyBy', { who });
  // a thread's buttons name its title too, so each is told apart from the others' by ear
  const named = thread && post.title ? `${what}, ${post.title}` : what;
  return (
    <article className="practice-post" aria-label={`${what}, ${when}`}>
      {thread && post.title ? <h3>{post.title}</h3> : null}
      <p className="practice-meta">
        {what}, {when}
        {post.editedAt ? ` ${t('sharedPractice.board.edited')}` : null}
      </p>
      {post.state === 'deleted' ? <p>{t('sharedPractice.board.deleted')}</p> : null}
      {post.state === 'hidden' ? <p className="practice-hidden">{t('sharedPractice.board.hidden', { reason: post.hiddenReason ?? '' })}</p> : null}
      {post.state === 'hidden' && post.body !== null ? <p className="hint">{t('sharedPractice.board.hiddenForModerators')}</p> : null}
      {post.body !== null && !editing ? <p className="practice-text">{post.body}</p> : null}
      {editing ? <EditForm base={base} post={post} thread={thread} onDone={() => setEditing(false)} /> : null}
      <PostReportsView base={base} post={post} what={named} />
      <div className="button-row">
        {post.mayEdit && !editing ? (
          <Button className="button button-secondary" aria-label={t('sharedPractice.board.editNamed', { what: named })} onPress={() => setEditing(true)}>
            {t('sharedPractice.board.edit')}
          </Button>
        ) : null}
        {post.mayDelete ? (
          <Button className="button button-secondary" aria-label={t('sharedPractice.board.deleteNamed', { what: named })} onPress={() => setDeleting(true)}>
            {t('sharedPractice.board.delete')}
          </Button>
        ) : null}
        {post.mayModerate && post.state === 'shown' && !hiding ? (
          <Button className="button button-secondary" aria-label={t('sharedPractice.board.hideNamed', { what: named })} onPress={() => setHiding(true)}>
            {t('sharedPractice.board.hide')}
          </Button>
        ) : null}
        {post.mayModerate && post.state === 'hidden' ? (
          <Button
            className="button button-secondary"
            aria-label={t('sharedPractice.board.restoreNamed', { what: named })}
            isDisabled={moderate.isPending}
            onPress={() => moderate.mutate({ id: post.id, reason: null }, { onSuccess: () => announce(t('sharedPractice.board.restored')) })}
          >
            {t('sharedPractice.board.restore')}
          </Button>
        ) : null}
        <ReportPost base={base} post={post} what={named} />
      </div>
      {moderate.error ? <Notice tone="error">{errorTitle(t, moderate.error)}</Notice> : null}
      {hiding ? <HideForm base={base} postId={post.id} what={named} onDone={() => setHiding(false)} /> : null}
      <ConfirmDialog
        isOpen={deleting}
        onClose={() => setDeleting(false)}
        title={t('sharedPractice.board.deleteTitle')}
        confirmLabel={t('sharedPractice.board.deleteConfirm')}
        destructive
        onConfirm={async () => {
          await remove.mutateAsync(post.id);
          announce(t('sharedPractice.board.deletedDone'));
        }}
      >
        <p>{t('sharedPractice.board.deleteBody')}</p>
      </ConfirmDialog>
    </article>
  );
}

/** One small form shape for every board form: fields, server errors by field, a submit and maybe a cancel. */
function useBoardForm(run: () => Promise<unknown>, done: string, after: () => void) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    try {
      await run();
      announce(done);
      after();
    } catch (error) {
      errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p)));
    }
  };
  return { errors, submit };
}

function NewThreadForm({ base }: { base: string }) {
  const { t } = useTranslation();
  const start = useStartThread(base);
  const [draft, setDraft] = useState({ title: '', body: '' });
  const { errors, submit } = useBoardForm(() => start.mutateAsync(draft), t('sharedPractice.board.started'), () => setDraft({ title: '', body: '' }));
  const labels = { title: t('sharedPractice.board.threadTitle'), body: t('sharedPractice.board.body') };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="practice-thread-heading">
      <h3 id="practice-thread-heading">{t('sharedPractice.board.newThread')}</h3>
      <ErrorSummary state={errors.state} idPrefix="practice-thread" labels={labels} />
      <TextInput id="practice-thread-title" label={t('form.requiredLabel', { label: labels.title })} required value={draft.title} onChange={(v) => setDraft((d) => ({ ...d, title: v }))} error={errors.field('title')} />
      <TextArea id="practice-thread-body" label={t('form.requiredLabel', { label: labels.body })} hint={t('sharedPractice.board.bodyHint')} required rows={4} value={draft.body} onChange={(v) => setDraft((d) => ({ ...d, body: v }))} error={errors.field('body')} />
      <Button type="submit" className="button button-primary" isDisabled={start.isPending}>
        {t('sharedPractice.board.start')}
      </Button>
    </form>
  );
}

function ReplyForm({ base, threadId, title }: { base: string; threadId: string; title: string }) {
  const { t } = useTranslation();
  const reply = useReply(base);
  const [body, setBody] = useState('');
  const prefix = `practice-reply-${threadId}`;
  const { errors, submit } = useBoardForm(() => reply.mutateAsync({ threadId, body }), t('sharedPractice.board.replied'), () => setBody(''));
  return (
    <form className="form practice-reply-form" onSubmit={submit} noValidate>
      <ErrorSummary state={errors.state} idPrefix={prefix} labels={{ body: t('sharedPractice.board.replyLabel', { title }) }} />
      <TextArea id={`${prefix}-body`} label={t('sharedPractice.board.replyLabel', { title })} rows={3} value={body} onChange={setBody} error={errors.field('body')} />
      <Button type="submit" className="button button-secondary" isDisabled={reply.isPending}>
        {t('sharedPractice.board.sendReply')}
      </Button>
    </form>
  );
}

function EditForm({ base, post, thread, onDone }: { base: string; post: PracticePost; thread: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const edit = useEditPost(base);
  const [draft, setDraft] = useState({ title: post.title ?? '', body: post.body ?? '' });
  const prefix = `practice-edit-${post.id}`;
  const { errors, submit } = useBoardForm(() => edit.mutateAsync({ id: post.id, body: draft.body, ...(thread ? { title: draft.title } : {}) }), t('sharedPractice.board.saved'), onDone);
  const labels = { title: t('sharedPractice.board.threadTitle'), body: t('sharedPractice.board.body') };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary state={errors.state} idPrefix={prefix} labels={labels} />
      {thread ? <TextInput id={`${prefix}-title`} label={labels.title} value={draft.title} onChange={(v) => setDraft((d) => ({ ...d, title: v }))} error={errors.field('title')} /> : null}
      <TextArea id={`${prefix}-body`} label={labels.body} rows={4} value={draft.body} onChange={(v) => setDraft((d) => ({ ...d, body: v }))} error={errors.field('body')} />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={edit.isPending}>
          {t('sharedPractice.board.save')}
        </Button>
        <Button className="button button-secondary" onPress={onDone}>
          {t('sharedPractice.board.cancel')}
        </Button>
      </div>
    </form>
  );
}

function HideForm({ base, postId, what, onDone }: { base: string; postId: string; what: string; onDone: () => void }) {
  const { t } = useTranslation();
  const moderate = useModeratePost(base);
  const [reason, setReason] = useState('');
  const prefix = `practice-hide-${postId}`;
  const { errors, submit } = useBoardForm(() => moderate.mutateAsync({ id: postId, reason }), t('sharedPractice.board.hiddenDone'), onDone);
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('sharedPractice.board.hideNamed', { what })}>
      <ErrorSummary state={errors.state} idPrefix={prefix} labels={{ reason: t('sharedPractice.board.reason') }} />
      <TextInput id={`${prefix}-reason`} label={t('form.requiredLabel', { label: t('sharedPractice.board.reason') })} hint={t('sharedPractice.board.reasonHint')} required value={reason} onChange={setReason} error={errors.field('reason')} />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={moderate.isPending}>
          {t('sharedPractice.board.hideSubmit')}
        </Button>
        <Button className="button button-secondary" onPress={onDone}>
          {t('sharedPractice.board.cancel')}
        </Button>
      </div>
    </form>
  );
}
