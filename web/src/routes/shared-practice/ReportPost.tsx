import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type PracticePost, type ReportKind, useDismissReports, useReportPost } from '../../api/shared-practice';
import { announce } from '../../components/announcer';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea } from '../../components/fields';
import { focusIfLost } from '../../components/focus-if-lost';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { ModalDialog } from '../../components/ModalDialog';
import { Notice } from '../../components/Notice';
import { errorTitle, problemText } from '../../components/problem-text';

const KINDS: ReportKind[] = ['identifying', 'unkind', 'other'];

/**
 * A reader asks the hub's moderators to look at a post that is not theirs: a small dialog with a
 * kind of reason and words of their own, then a calm thank-you. Once sent, the button gives way
 * to a note that they reported it (the post's author and the other organisations are told nothing).
 */
export function ReportPost({ base, post, what }: { base: string; post: PracticePost; what: string }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const noteId = `practice-reported-${post.id}`;
  const close = () => {
    setOpen(false);
    // the Report button is gone once the report is in: keep the keyboard on the note that replaced it
    focusIfLost(noteId);
  };
  return (
    <>
      {post.reportedByMe ? (
        <p className="hint" id={noteId} tabIndex={-1}>
          {t('sharedPractice.report.already')}
        </p>
      ) : null}
      {post.mayReport ? (
        <Button className="button button-secondary" aria-label={t('sharedPractice.report.buttonNamed', { what })} onPress={() => setOpen(true)}>
          {t('sharedPractice.report.button')}
        </Button>
      ) : null}
      <ModalDialog isOpen={isOpen} onClose={close} title={t('sharedPractice.report.title')}>
        <ReportForm base={base} postId={post.id} onClose={close} />
      </ModalDialog>
    </>
  );
}

function ReportForm({ base, postId, onClose }: { base: string; postId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useReportPost(base);
  const errors = useFormErrors();
  const [kind, setKind] = useState<ReportKind | null>(null);
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState(false);
  const prefix = `practice-report-${postId}`;
  const labels = { kind: t('sharedPractice.report.kind'), reason: t('sharedPractice.report.reason') };
  if (sent) {
    return (
      <div className="form">
        <p role="status">{t('sharedPractice.report.thanks')}</p>
        <Button className="button button-primary" autoFocus onPress={onClose}>
          {t('sharedPractice.report.close')}
        </Button>
      </div>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    errors.clear();
    if (!kind) {
      errors.fail(t('sharedPractice.report.fix'), { kind: t('sharedPractice.report.chooseKind') });
      return;
    }
    try {
      await report.mutateAsync({ id: postId, kind, reason });
      announce(t('sharedPractice.report.thanks'));
      setSent(true);
    } catch (error) {
      errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p)));
    }
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <p>{t('sharedPractice.report.lead')}</p>
      <ErrorSummary state={errors.state} idPrefix={prefix} labels={labels} />
      <ChoiceGroup
        id={`${prefix}-kind`}
        type="radio"
        legend={t('form.requiredLabel', { label: labels.kind })}
        options={KINDS.map((value) => ({ value, label: t(`sharedPractice.report.kinds.${value}`) }))}
        value={kind}
        onChange={(value) => setKind(value as ReportKind)}
        error={errors.field('kind')}
      />
      <TextArea id={`${prefix}-reason`} label={labels.reason} hint={t('sharedPractice.report.reasonHint')} rows={3} value={reason} onChange={setReason} error={errors.field('reason')} />
      <div className="button-row">
        <Button type="submit" className="button button-primary" isDisabled={report.isPending}>
          {t('sharedPractice.report.submit')}
        </Button>
        <Button className="button button-secondary" onPress={onClose}>
          {t('sharedPractice.board.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** For the hub's admins: how many open reports a post has and their reasons (never who), and dismissing them. */
export function PostReportsView({ base, post, what }: { base: string; post: PracticePost; what: string }) {
  const { t } = useTranslation();
  const dismiss = useDismissReports(base);
  if (!post.reports) return null;
  return (
    <div className="practice-reported">
      <p>
        <strong>{t('sharedPractice.report.reported', { count: post.reports.count })}</strong>
      </p>
      <ul aria-label={t('sharedPractice.report.reasonsOf', { what })}>
        {post.reports.reasons.map((r) => (
          <li key={r.reportedAt + r.kind + (r.reason ?? '')}>
            {t(`sharedPractice.report.kinds.${r.kind}`)}
            {r.reason ? `: ${r.reason}` : null}
          </li>
        ))}
      </ul>
      <p className="hint">{t('sharedPractice.report.moderatorHint')}</p>
      <Button
        className="button button-secondary"
        aria-label={t('sharedPractice.report.dismissNamed', { what })}
        isDisabled={dismiss.isPending}
        onPress={() => dismiss.mutate(post.id, { onSuccess: () => announce(t('sharedPractice.report.dismissed')) })}
      >
        {t('sharedPractice.report.dismiss')}
      </Button>
      {dismiss.error ? <Notice tone="error">{errorTitle(t, dismiss.error)}</Notice> : null}
    </div>
  );
}
