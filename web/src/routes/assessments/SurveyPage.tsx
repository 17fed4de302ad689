import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type SurveyAbout, type SurveyQuestions, useAnswerSurvey, useSurveyAbout, useSurveyMine, useSurveyQuestions } from '../../api/assessments';
import { ApiError } from '../../api/client';
import { TextArea } from '../../components/fields';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { usePackText } from '../framework/pack-text';
import './assessments.css';

/**
 * The anonymous staff survey, for the person answering it: first who sees what, then every
 * criterion on the scale (each may be skipped) with a comment per section, then thank you.
 * Whoever has answered sees only that they have: nothing links them to their answers.
 */
export function SurveyPage() {
  const { t } = useTranslation();
  const { cycleId } = useParams();
  const questions = useSurveyQuestions(cycleId);
  const about = useSurveyAbout(cycleId);
  const mine = useSurveyMine(cycleId);
  const [sent, setSent] = useState(false);

  const back = (
    <p>
      <Link to="/my-assessments">{t('assessments.survey.back')}</Link>
    </p>
  );
  if (questions.isPending || about.isPending || mine.isPending) return <Loading />;
  const error = questions.error ?? about.error ?? mine.error;
  if (error || !questions.data || !about.data || !mine.data) {
    const notHere = error instanceof ApiError && error.status === 404;
    return (
      <Page title={t('assessments.mine.title')}>
        {notHere ? <Notice tone="info">{t('assessments.survey.notFound')}</Notice> : <Notice tone="error">{errorTitle(t, error)}</Notice>}
        {back}
      </Page>
    );
  }
  const title = questions.data.title;
  if (sent) {
    return (
      <Page title={title}>
        <Notice tone="success" title={t('assessments.survey.thanksTitle')} titleAs="h2" focusOnMount>
          <p>{t('assessments.survey.thanksBody')}</p>
        </Notice>
        {back}
      </Page>
    );
  }
  if (mine.data.answered) {
    return (
      <Page title={title}>
        <Notice tone="info" title={t('assessments.survey.alreadyTitle')} titleAs="h2">
          <p>{t('assessments.survey.alreadyBody')}</p>
        </Notice>
        {back}
      </Page>
    );
  }
  if (!about.data.acceptingAnswers) {
    return (
      <Page title={title}>
        <Notice tone="info">{t('assessments.survey.closed')}</Notice>
        {back}
      </Page>
    );
  }
  return <Survey cycleId={cycleId!} questions={questions.data} about={about.data} onSent={() => setSent(true)} />;
}

function Survey({ cycleId, questions, about, onSent }: { cycleId: string; questions: SurveyQuestions; about: SurveyAbout; onSent: () => void }) {
  const { t, i18n } = useTranslation();
  const text = usePackText();
  const answer = useAnswerSurvey(cycleId);
  const [started, setStarted] = useState(false);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const { min, max, labels } = questions.scale;
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const labelOf = (value: number) => {
    const found = labels.find((l) => l.value === value);
    return found ? `${value} — ${text(found.text)}` : String(value);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const kept = Object.fromEntries(Object.entries(comments).filter(([, body]) => body.trim() !== '').map(([id, body]) => [id, body.trim()]));
    answer.mutate({ answers, comments: kept }, { onSuccess: onSent });
  };

  return (
    // the pack's own introduction is written for team reviews (red, amber, green with evidence): a
    // respondent is told what this survey asks of them instead
    <Page title={questions.title} lead={<p>{t('assessments.survey.intro')}</p>}>
      <section className="panel anonymity-promise" aria-labelledby="who-sees-heading">
        <h2 id="who-sees-heading">{t('assessments.survey.whoSees')}</h2>
        <ul>
          <li>{t('assessments.survey.promiseName')}</li>
          <li>{t('assessments.survey.promiseGroups', { minGroup: about.thresholds.minGroupSize })}</li>
          <li>{t('assessments.survey.promiseCommentsCount', { count: about.thresholds.minFreeTextGroupSize })}</li>
          <li>{t('assessments.survey.promiseShownTo', { date: formatDate(about.closesOn, i18n.language) })}</li>
          <li>{t('assessments.survey.promiseFinal')}</li>
          <li>{t('assessments.survey.promiseSkip')}</li>
        </ul>
        {!started ? (
          <div className="button-row">
            <Button className="button button-primary" onPress={() => setStarted(true)}>
              {t('assessments.survey.start')}
            </Button>
          </div>
        ) : null}
      </section>
      {started ? (
        <form className="form" onSubmit={submit} noValidate>
          {questions.sections.map((section) => {
            const sectionTitle = text(section.title);
            return (
              <section key={section.id} className="panel" aria-labelledby={`survey-${section.id}`}>
                <h2 id={`survey-${section.id}`}>{sectionTitle}</h2>
                <p>{text(section.summary)}</p>
                {section.criteria.map((criterion) => {
                  const name = `q-${criterion.id}`;
                  const current = answers[criterion.id];
                  const choose = (value: number | null) =>
                    setAnswers((s) => {
                      const next = { ...s };
                      if (value === null) delete next[criterion.id];
                      else next[criterion.id] = value;
                      return next;
                    });
                  return (
                    <fieldset key={criterion.id} className="survey-question">
                      <legend>{text(criterion.text)}</legend>
                      {values.map((value) => (
                        <div key={value} className="choice">
                          <input id={`${name}-${value}`} type="radio" name={name} checked={current === value} onChange={() => choose(value)} />
                          <label htmlFor={`${name}-${value}`}>{labelOf(value)}</label>
                        </div>
                      ))}
                      <div className="choice">
                        <input id={`${name}-skip`} type="radio" name={name} checked={current === undefined} onChange={() => choose(null)} />
                        <label htmlFor={`${name}-skip`}>{t('assessments.survey.skip')}</label>
                      </div>
                    </fieldset>
                  );
                })}
                <TextArea
                  id={`comment-${section.id}`}
                  label={t('assessments.survey.sectionComment', { title: sectionTitle })}
                  hint={t('assessments.survey.commentHint')}
                  rows={3}
                  maxLength={4000}
                  value={comments[section.id] ?? ''}
                  onChange={(value) => setComments((s) => ({ ...s, [section.id]: value }))}
                />
              </section>
            );
          })}
          {answer.error ? <Notice tone="error">{errorTitle(t, answer.error)}</Notice> : null}
          <div className="button-row">
            <Button type="submit" className="button button-primary" isDisabled={answer.isPending}>
              {t('assessments.survey.send')}
            </Button>
          </div>
        </form>
      ) : null}
    </Page>
  );
}
