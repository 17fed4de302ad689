import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HomeTask } from '../../api/tasks';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';
import { useMyTasks } from '../../api/tasks';

/** The words of one task: its title and the text of its one link, in the page's language. */
function useTaskWords() {
  const { t, i18n } = useTranslation();
  return (task: HomeTask) => {
    const date = (day: string | null) => formatDate(day, i18n.language);
    const title = t(`homeTasks.kinds.${task.kind}.title`, {
      subject: task.subject ?? '',
      count: task.count ?? 1,
      // a supervision record is named by the day it was held
      date: task.kind === 'supervision-to-confirm' ? date(task.subject) : '',
      what: task.kind === 'shared-with-you' && task.detail ? t(`homeTasks.shared.${task.detail}`) : '',
    });
    const when = task.kind === 'supervision-overdue' && task.detail === 'none-held' ? t('homeTasks.noneHeld') : task.dueOn ? (task.overdue ? t('homeTasks.wasDue', { date: date(task.dueOn) }) : t('homeTasks.due', { date: date(task.dueOn) })) : null;
    const note = task.kind === 'review-to-contribute' && task.detail ? t(`homeTasks.reviewPart.${task.detail}`, { defaultValue: '' }) : null;
    return { title, action: t(`homeTasks.kinds.${task.kind}.action`, { count: task.count ?? 1 }), when, note };
  };
}

/**
 * What waits on the person, most urgent first, each with one link to where it is done. Only
 * the person's own browser asks for it (the address names nobody else).
 */
export function TaskList() {
  const { t } = useTranslation();
  const tasks = useMyTasks();
  const words = useTaskWords();
  const list = tasks.data?.tasks ?? [];
  return (
    <section className="panel home-tasks" aria-labelledby="home-tasks-heading">
      <h2 id="home-tasks-heading">{t('homeTasks.heading')}</h2>
      <p className="meta">{t('homeTasks.onlyYou')}</p>
      {tasks.isPending ? <Loading /> : null}
      {tasks.error ? <Notice tone="error">{errorTitle(t, tasks.error)}</Notice> : null}
      {tasks.data && list.length === 0 ? (
        <div className="home-tasks-empty">
          <p className="home-tasks-empty-title">{t('homeTasks.empty')}</p>
          <p>{t('homeTasks.emptyLead')}</p>
        </div>
      ) : null}
      {list.length > 0 ? (
        <ul className="plain-list home-task-list">
          {list.map((task, i) => {
            const w = words(task);
            const titleId = `home-task-${i}-title`;
            return (
              <li key={task.id} className="home-task">
                <h3 id={titleId} className="home-task-title">
                  {w.title}
                </h3>
                {w.when || w.note ? <p className="meta">{[w.when, w.note].filter(Boolean).join(' · ')}</p> : null}
                <p>
                  <Link to={task.href} aria-describedby={titleId}>
                    {w.action}
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
