import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type Post, useHidePost, usePosts, useReportPost, useWritePost } from '../../api/peers';
import { announce } from '../../components/announcer';
import { TextArea } from '../../components/fields';
import { fieldErrorsOf } from '../../components/form-errors';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';
import { CalmReminder } from './common';

/** The members-only discussion board: posts oldest first, each with its replies under it. */
export function Board({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const posts = usePosts(communityId, true);
  const list = posts.data?.posts ?? [];
  const topLevel = list.filter((p) => !p.replyTo || !list.some((q) => q.id === p.replyTo));
  const repliesTo = (id: string) => list.filter((p) => p.replyTo === id);

  return (
    <section className="panel" aria-labelledby="board-heading">
      <h2 id="board-heading">{t('peers.board.heading')}</h2>
      {posts.isPending ? <Loading /> : null}
      {posts.error ? <Notice tone="error">{errorTitle(t, posts.error)}</Notice> : null}
      {posts.data && list.length === 0 ? <p>{t('peers.board.none')}</p> : null}
      <ul className="peers-list">
        {topLevel.map((post) => (
          <li key={post.id}>
            <PostView communityId={communityId} post={post} canReply />
            {repliesTo(post.id).length > 0 ? (
              <ul className="peers-replies" aria-label={t('peers.board.replies')}>
                {repliesTo(post.id).map((reply) => (
                  <li key={reply.id}>
                    <PostView communityId={communityId} post={reply} canReply={false} />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <h3>{t('peers.board.newLabel')}</h3>
      <PostForm communityId={communityId} idPrefix="post-new" label={t('peers.board.newLabel')} submit={t('peers.board.post')} />
    </section>
  );
}

function PostView({ communityId, post, canReply }: { communityId: string; post: Post; canReply: boolean }) {
  const { t, i18n } = useTranslation();
  const report = useReportPost();
  const hide = useHidePost();
  const [replying, setReplying] = useState(false);
  const [reported, setReported] = useState(false);
  const name = post.mine ? t('peers.board.you') : post.author.name;
  const starter = post.reported !== null;

  return (
    <article className="peers-post" aria-label={t('peers.board.by', { name, when: formatDateTime(post.createdAt, i18n.language) })}>
      <p className="peers-meta">{t('peers.board.by', { name, when: formatDateTime(post.createdAt, i18n.language) })}</p>
      {post.hidden && post.body === null ? <p>{t('peers.board.hidden')}</p> : null}
      {post.hidden && post.body !== null ? <p>{t('peers.board.hiddenForStarters')}</p> : null}
      {post.body !== null ? <p className="peers-post-body">{post.body}</p> : null}
      {post.reported ? <p>{t('peers.board.reported')}</p> : null}
      {reported ? <Notice tone="success">{t('peers.board.reportedDone')}</Notice> : null}
      <div className="button-row">
        {canReply && !post.hidden ? (
          <Button className="button button-secondary" onPress={() => setReplying(true)} aria-label={t('peers.board.replyTo', { name })}>
            {t('peers.board.reply')}
          </Button>
        ) : null}
        {!post.mine && !post.hidden ? (
          <Button
            className="button button-secondary"
            aria-label={t('peers.board.reportNamed', { name })}
            isDisabled={report.isPending}
            onPress={() =>
              report.mutate(
                { id: communityId, postId: post.id },
                {
                  onSuccess: () => {
                    setReported(true);
                    announce(t('peers.board.reportedDone'));
                  },
                },
              )
            }
          >
            {t('peers.board.report')}
          </Button>
        ) : null}
        {starter ? (
          <Button
            className="button button-secondary"
            aria-label={t(post.hidden ? 'peers.board.showNamed' : 'peers.board.hideNamed', { name })}
            isDisabled={hide.isPending}
            onPress={() =>
              hide.mutate({ id: communityId, postId: post.id, hidden: !post.hidden }, { onSuccess: () => announce(t(post.hidden ? 'peers.board.shownDone' : 'peers.board.hiddenDone')) })
            }
          >
            {post.hidden ? t('peers.board.show') : t('peers.board.hide')}
          </Button>
        ) : null}
      </div>
      {replying ? (
        <PostForm communityId={communityId} idPrefix={`reply-${post.id}`} replyTo={post.id} label={t('peers.board.replyLabel')} submit={t('peers.board.sendReply')} onDone={() => setReplying(false)} />
      ) : null}
    </article>
  );
}

function PostForm({ communityId, idPrefix, replyTo, label, submit, onDone }: { communityId: string; idPrefix: string; replyTo?: string; label: string; submit: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const write = useWritePost();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!body.trim()) {
      setError(t('peers.board.empty'));
      return;
    }
    setError(undefined);
    write.mutate(
      { id: communityId, body, replyTo: replyTo ?? null },
      {
        onSuccess: () => {
          setBody('');
          announce(t('peers.board.posted'));
          onDone?.();
        },
        onError: (e) => {
          const fields = fieldErrorsOf(e, (p) => problemText(t, p));
          if (fields.body) setError(fields.body);
          else setProblem(errorTitle(t, e));
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <CalmReminder id={`${idPrefix}-calm`} />
      <TextArea id={`${idPrefix}-body`} label={label} rows={4} value={body} onChange={setBody} error={error} />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={write.isPending}>
          {submit}
        </Button>
        {onDone ? (
          <Button className="button button-secondary" onPress={onDone}>
            {t('peers.board.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
