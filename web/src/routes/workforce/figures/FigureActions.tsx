import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentAction } from '../../../api/assessments';
import { useFigureActions, useUpdateFigureAction } from '../../../api/figure-actions';
import { hasRole, useSession } from '../../../api/session';
import type { WorkforceFigures } from '../../../api/workforce-figures';
import { formatDate } from '../../../components/format';
import { Loading } from '../../../components/Loading';
import { Notice } from '../../../components/Notice';
import { errorTitle } from '../../../components/problem-text';
import { ShowMore } from '../../../components/ShowMore';
import { ActionStatusSelect } from '../../assessments/ActionStatusSelect';
import { OverdueIcon } from '../../assessments/Rag';
import { useFigureFormat } from './indicators';

/**
 * The actions raised from figures, each with the figure as it was when raised and the same figure
 * of the next quarter once that quarter has ended (or why there is none yet), so whoever reads
 * the figures sees whether the action was followed by a change. No judgement is made: a figure
 * going up is not called better or worse.
 */
export function FigureActions({ units }: { units: WorkforceFigures['units'] }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const actions = useFigureActions();
  const list = actions.data?.pages.flatMap((p) => p.actions) ?? [];
  const names = new Map(units.map((u) => [u.unitId, u.name]));
  return (
    <section className="panel" aria-labelledby="figure-actions-heading">
      <h2 id="figure-actions-heading">{t('figureActions.listHeading')}</h2>
      <p>
        {t('figureActions.listLead')}{' '}
        {hasRole(me, 'org_admin') ? <Link to="/admin/assessments/actions">{t('figureActions.allActions')}</Link> : null}
      </p>
      {actions.isPending ? <Loading /> : null}
      {actions.error ? <Notice tone="error">{errorTitle(t, actions.error)}</Notice> : null}
      {actions.data && list.length === 0 ? <p>{t('figureActions.none')}</p> : null}
      <ul className="plain-list action-list">
        {list.map((a) => (
          <FigureActionItem key={a.id} action={a} group={names.get(a.unitId) ?? t('figureActions.unitGone')} />
        ))}
      </ul>
      {list.length > 0 ? <ShowMore hasMore={actions.hasNextPage} loading={actions.isFetchingNextPage} onMore={() => void actions.fetchNextPage()} shown={list.length} /> : null}
    </section>
  );
}

function FigureActionItem({ action, group }: { action: AssessmentAction; group: string }) {
  const { t, i18n } = useTranslation();
  const format = useFigureFormat();
  const update = useUpdateFigureAction();
  const figure = action.figure;
  if (figure?.kind !== 'indicator') return null;
  const name = t(`figures.names.${figure.indicator}`);
  const headingId = `figure-action-${action.id}`;
  let after = t('figureActions.afterPending');
  if (figure.after) after = figure.after.value === null ? t('figureActions.afterHidden', { quarter: figure.after.quarter }) : t('figureActions.afterValue', { quarter: figure.after.quarter, value: format(figure.indicator, figure.after.value) });
  return (
    <li className={action.overdue ? 'panel action is-overdue' : 'panel action'}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>{action.title}</h3>
        {action.overdue ? (
          <p className="overdue">
            <OverdueIcon /> {t('assessments.actions.overdue')}
          </p>
        ) : null}
        <dl className="facts">
          <dt>{t('figureActions.raisedFrom')}</dt>
          <dd>{t('figureActions.figureThen', { figure: name, group, quarter: figure.quarter, value: format(figure.indicator, figure.value) })}</dd>
          <dt>{t('figureActions.nextQuarter')}</dt>
          <dd>{after}</dd>
          <dt>{t('figureActions.owner')}</dt>
          <dd>{action.owner?.name ?? '—'}</dd>
          <dt>{t('assessments.actions.due')}</dt>
          <dd>{action.dueOn ? formatDate(action.dueOn, i18n.language) : '—'}</dd>
        </dl>
        <ActionStatusSelect action={action} update={update} idPrefix="figure-action-status" />
      </article>
    </li>
  );
}
