import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useFramework } from '../../api/framework';
import { type Course, useCourses } from '../../api/training';
import { Loading } from '../../components/Loading';
import { ModalDialog } from '../../components/ModalDialog';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';
import { usePackText } from '../framework/pack-text';
import { CourseForm } from './CourseForm';
import { QualityReviewForm } from './QualityReviewForm';

/** The training catalogue for admins: courses, their quality review, changing a course and adding one. */
export function CoursesPage() {
  const { t } = useTranslation();
  const courses = useCourses();
  const framework = useFramework();
  const text = usePackText();
  const [reviewing, setReviewing] = useState<string | null>(null);
  const [editing, setEditing] = useState<Course | null>(null);
  const [changed, setChanged] = useState<string | null>(null);
  const course = courses.data?.courses.find((c) => c.id === reviewing);
  const questions = framework.data?.body.trainingQuality.questions ?? [];

  return (
    <Page title={t('training.courses.title')} lead={<p>{t('training.courses.lead')}</p>}>
      {courses.isPending ? <Loading /> : null}
      {courses.error ? <Notice tone="error">{errorTitle(t, courses.error)}</Notice> : null}
      {courses.data ? (
        <section className="panel" aria-labelledby="courses-heading">
          <h2 id="courses-heading">{t('training.courses.listTitle')}</h2>
          {changed ? <Notice tone="success">{t('training.course.changed', { title: changed })}</Notice> : null}
          {courses.data.courses.length === 0 ? (
            <p>{t('training.courses.none')}</p>
          ) : (
            <TableRegion captionId="courses-caption">
              <table>
                <caption id="courses-caption">{t('training.courses.caption', { count: courses.data.courses.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('training.course.title')}</th>
                    <th scope="col">{t('training.course.provider')}</th>
                    <th scope="col">{t('training.course.levels')}</th>
                    <th scope="col">{t('training.course.hours')}</th>
                    <th scope="col">{t('training.courses.status')}</th>
                    <th scope="col">{t('training.courses.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {courses.data.courses.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">{c.title}</th>
                      <td>{c.provider}</td>
                      <td>{c.levels.map((l) => t(`training.levels.${l}`)).join(', ')}</td>
                      <td>{t('training.hoursValue', { count: c.hours })}</td>
                      <td>{c.approved ? t('training.courses.approved') : c.review ? t('training.courses.notApproved') : t('training.courses.notReviewed')}</td>
                      <td>
                        <div className="button-row">
                          <Button
                            className="button button-secondary"
                            onPress={() => {
                              setChanged(null);
                              setEditing(c);
                            }}
                            aria-label={t('training.courses.editNamed', { title: c.title })}
                          >
                            {t('training.courses.edit')}
                          </Button>
                          <Button className="button button-secondary" onPress={() => setReviewing(c.id)} aria-label={t('training.courses.reviewNamed', { title: c.title })}>
                            {t('training.courses.review')}
                          </Button>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          )}
        </section>
      ) : null}
      {course ? (
        <section className="panel" aria-labelledby="review-heading">
          <h2 id="review-heading">{t('training.review.title', { title: course.title })}</h2>
          <p>{t('training.review.intro')}</p>
          <QualityReviewForm key={course.id} course={course} questions={questions} text={text} onDone={() => setReviewing(null)} />
        </section>
      ) : null}
      <ModalDialog isOpen={editing !== null} onClose={() => setEditing(null)} title={editing ? t('training.courses.editTitle', { title: editing.title }) : ''}>
        {editing ? (
          <CourseForm
            key={editing.id}
            course={editing}
            idPrefix="course-edit"
            onDone={(saved) => {
              if (saved) setChanged(saved.title);
              setEditing(null);
            }}
          />
        ) : null}
      </ModalDialog>
      <section className="panel" aria-labelledby="add-course-heading">
        <h2 id="add-course-heading">{t('training.courses.addTitle')}</h2>
        <CourseForm />
      </section>
    </Page>
  );
}
