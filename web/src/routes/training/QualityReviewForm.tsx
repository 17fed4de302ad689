import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { PackQuestion, PackText } from '../../api/framework';
import { type Course, type QualityReview, useReviewCourse } from '../../api/training';
import { announce } from '../../components/announcer';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextArea } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { errorTitle, problemText } from '../../components/problem-text';

/** Pack question id → the review field it answers. */
const FIELDS: Record<string, keyof QualityReview> = {
  'training.provision': 'provision',
  'training.trainer': 'trainerExperience',
  'training.audience': 'audience',
  'training.gaps': 'closesGaps',
  'training.transfer': 'transferSupport',
};
const CHECKS = ['trainerExperience', 'audience', 'closesGaps', 'transferSupport'] as const;

/** The pack's five quality questions; approval is offered only when the four checks are yes. */
export function QualityReviewForm({ course, questions, text, onDone }: { course: Course; questions: PackQuestion[]; text: (t: PackText | undefined) => string; onDone: () => void }) {
  const { t } = useTranslation();
  const review = useReviewCourse();
  const errors = useFormErrors();
  const [answers, setAnswers] = useState<Record<string, string | null>>(() => {
    const r = course.review;
    return r ? { provision: r.provision, ...Object.fromEntries(CHECKS.map((c) => [c, r[c] ? 'yes' : 'no'])) } : {};
  });
  const [notes, setNotes] = useState(course.review?.notes ?? '');
  const allYes = CHECKS.every((c) => answers[c] === 'yes');
  const labels = Object.fromEntries(questions.map((q) => [FIELDS[q.id] ?? 'notes', text(q.text)]));

  const save = (approve: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    const missing = Object.fromEntries([...CHECKS, 'provision'].filter((f) => !answers[f]).map((f) => [f, t('training.review.answerNeeded')]));
    if (Object.keys(missing).length > 0) return errors.fail(t('form.fixFields', { count: Object.keys(missing).length }), missing);
    errors.clear();
    const body = {
      provision: answers.provision as QualityReview['provision'],
      ...(Object.fromEntries(CHECKS.map((c) => [c, answers[c] === 'yes'])) as Record<(typeof CHECKS)[number], boolean>),
      notes: notes.trim() || null,
      approve,
    };
    review.mutate(
      { id: course.id, review: body },
      {
        onSuccess: () => {
          announce(approve ? t('training.review.approved', { title: course.title }) : t('training.review.saved', { title: course.title }));
          onDone();
        },
        onError: (error) => errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p))),
      },
    );
  };

  return (
    <form className="form" onSubmit={save(allYes)} noValidate>
      <ErrorSummary state={errors.state} idPrefix="review" labels={labels} />
      {questions.map((q) => {
        const field = FIELDS[q.id];
        if (!field) {
          return <TextArea key={q.id} id="review-notes" label={text(q.text)} rows={3} value={notes} onChange={setNotes} />;
        }
        const options =
          q.answer.type === 'choice'
            ? (q.answer.options ?? []).map((o) => ({ value: o.id, label: text(o.text) }))
            : [
                { value: 'yes', label: t('training.review.yes') },
                { value: 'no', label: t('training.review.no') },
              ];
        return (
          <ChoiceGroup
            key={q.id}
            id={`review-${field}`}
            type="radio"
            legend={text(q.text)}
            hint={text(q.help)}
            options={options}
            value={answers[field] ?? null}
            onChange={(v) => setAnswers((a) => ({ ...a, [field]: v }))}
            error={errors.field(field)}
          />
        );
      })}
      <p>{allYes ? t('training.review.canApprove') : t('training.review.cannotApprove')}</p>
      <div className="button-row">
        {allYes ? (
          <Button type="submit" className="button button-primary" isDisabled={review.isPending}>
            {t('training.review.approve')}
          </Button>
        ) : null}
        <Button className={allYes ? 'button button-secondary' : 'button button-primary'} isDisabled={review.isPending} onPress={() => save(false)()}>
          {t('training.review.saveOnly')}
        </Button>
        <Button className="button button-quiet" onPress={onDone}>
          {t('training.review.cancel')}
        </Button>
      </div>
    </form>
  );
}
