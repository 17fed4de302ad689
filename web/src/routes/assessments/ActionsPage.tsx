import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  type AssessmentAction,
  type CycleDetail,
  type Rag,
  useActions,
  useAddActionNote,
  useAllActions,
  useCreateAction,
  useCycle,
  useUpdateAction,
} from '../../api/assessments';
import { hasRole, useSession } from '../../api/session';
import { announce } from '../../components/announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextArea, TextInput } from '../../components/fields';
import { fieldErrorsOf, useFormErrors } from '../../components/form-errors';
import { formatDate, formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { type PickedPerson, PersonSearchSelect } from '../../components/PersonSearchSelect';
import { errorTitle, problemText } from '../../components/problem-text';
import { ShowMore } from '../../components/ShowMore';
import { TableRegion } from '../../components/TableRegion';
import { usePackText } from '../framework/pack-text';
import { CycleLinks, criteriaById, usePersonName } from './common';
import { ActionOrigin } from './ActionOrigin';
import { ActionStatusSelect } from './ActionStatusSelect';
import { OverdueIcon } from './Rag';

/** A cycle's action plan: new actions from amber and red criteria, and each action's progress. */
export function ActionsPage() {
  const { t } = useTranslation();
  const { cycleId } = useParams();
  const { me } = useSession();
  const cycle = useCycle(cycleId, me?.personId);
  const actions = useActions(cycleId);

  if (cycle.isPending) return <Loading />;
  if (cycle.error || !cycle.data) return <Page title={t('assessments.list.title')}>{<Notice tone="error">{errorTitle(t, cycle.error)}</Notice>}</Page>;
  const list = actions.data?.actions ?? [];
  const mayPlan = cycle.data.mode === 'team-review' && (cycle.data.canContribute || hasRole(me, 'org_admin'));
  return (
    <Page title={t('assessments.actions.title', { title: cycle.data.title })} lead={<p>{t('assessments.actions.lead')}</p>}>
      <CycleLinks cycle={cycle.data} current="actions" />
      {mayPlan ? <CreateAction cycle={cycle.data} /> : null}
      <section className="panel" aria-labelledby="actions-heading">
        <h2 id="actions-heading">{t('assessments.actions.listHeading')}</h2>
        {actions.isPending ? <Loading /> : null}
        {actions.error ? <Notice tone="error">{errorTitle(t, actions.error)}</Notice> : null}
        {actions.data && list.length === 0 ? <p>{t('assessments.actions.none')}</p> : null}
        {list.some((a) => a.overdue) ? (
          <p className="overdue">
            <OverdueIcon /> {t('assessments.actions.overdueCount', { count: list.filter((a) => a.overdue).length })}
          </p>
        ) : null}
        <ul className="plain-list action-list">
          {list.map((a) => (
            <ActionItem key={a.id} action={a} cycle={cycle.data} />
          ))}
        </ul>
      </section>
    </Page>
  );
}

function useRagWords(cycle: CycleDetail | undefined) {
  const { t } = useTranslation();
  const text = usePackText();
  return (rag: Rag) => {
    const found = cycle?.pack.body.ratings.rag.find((r) => r.id === rag);
    return found ? text(found.text) : t(`assessments.rag.${rag}`);
  };
}

const ID = 'action';

function CreateAction({ cycle }: { cycle: CycleDetail }) {
  const { t } = useTranslation();
  const text = usePackText();
  const { me } = useSession();
  const [params] = useSearchParams();
  const isAdmin = hasRole(me, 'org_admin');
  // an admin may name anyone: found by search, never a list of everyone
  const [owner, setOwner] = useState<PickedPerson | null>(null);
  const name = usePersonName(cycle.id);
  const create = useCreateAction(cycle.id);
  const errors = useFormErrors();
  const byId = criteriaById(cycle.pack);
  const gaps = [...cycle.criteria.values()].filter((c) => c.rating === 'red' || c.rating === 'amber');
  const wanted = params.get('criterion');
  const [v, setV] = useState({ criterionId: wanted && gaps.some((g) => g.id === wanted) ? wanted : '', title: '', ownerPersonId: '', dueOn: '' });
  const set = (key: keyof typeof v) => (value: string) => setV((s) => ({ ...s, [key]: value }));
  const owners = [...new Set([cycle.leadPersonId, ...cycle.contributorIds, me?.personId].filter((id): id is string => Boolean(id)))].map((id) => ({ id, name: name(id) }));
  const ownerPersonId = isAdmin ? (owner?.id ?? '') : v.ownerPersonId;
  const labels = {
    criterionId: t('assessments.actions.criterion'),
    title: t('assessments.actions.actionTitle'),
    ownerPersonId: t('assessments.actions.owner'),
    dueOn: t('assessments.actions.dueOn'),
  };
  const criterionLabel = (id: string) => {
    const found = byId.get(id);
    return found ? `${id} — ${text(found.criterion.text)}` : id;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!v.criterionId) problems.criterionId = t('assessments.actions.onlyAmberRed');
    if (!v.title.trim()) problems.title = t('assessments.actions.titleNeeded');
    if (!ownerPersonId) problems.ownerPersonId = t('assessments.actions.ownerNeeded');
    if (!v.dueOn) problems.dueOn = t('assessments.actions.dueNeeded');
    if (Object.keys(problems).length > 0) {
      errors.fail(t('assessments.actions.problemsTitle'), problems);
      return;
    }
    errors.clear();
    const title = v.title.trim();
    create.mutate(
      { ...v, ownerPersonId, title },
      {
        onSuccess: () => {
          announce(t('assessments.actions.created', { title }));
          setV((s) => ({ ...s, title: '' }));
        },
        onError: (error) => errors.fail(errorTitle(t, error), fieldErrorsOf(error, (p) => problemText(t, p))),
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="new-action-heading">
      <h2 id="new-action-heading">{t('assessments.actions.newHeading')}</h2>
      {gaps.length === 0 ? (
        <p>{t('assessments.actions.onlyAmberRed')}</p>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <ErrorSummary state={errors.state} idPrefix={ID} labels={labels} />
          {create.isSuccess ? <Notice tone="success">{t('assessments.actions.created', { title: create.data.title })}</Notice> : null}
          <SelectField
            id={`${ID}-criterionId`}
            label={labels.criterionId}
            hint={t('assessments.actions.onlyAmberRed')}
            error={errors.field('criterionId')}
            value={v.criterionId}
            onChange={set('criterionId')}
            required
          >
            <option value="">{t('assessments.actions.chooseCriterion')}</option>
            {gaps.map((g) => (
              <option key={g.id} value={g.id}>
                {`${criterionLabel(g.id)} (${t(`assessments.rag.colour.${g.rating}`)})`}
              </option>
            ))}
          </SelectField>
          <TextInput id={`${ID}-title`} label={labels.title} error={errors.field('title')} value={v.title} onChange={set('title')} maxLength={300} required />
          {isAdmin ? (
            <PersonSearchSelect idPrefix={ID} field="ownerPersonId" label={labels.ownerPersonId} searchLabel={t('figureActions.findOwner')} value={owner} onChange={setOwner} error={errors.field('ownerPersonId')} />
          ) : (
            <SelectField id={`${ID}-ownerPersonId`} label={labels.ownerPersonId} error={errors.field('ownerPersonId')} value={v.ownerPersonId} onChange={set('ownerPersonId')} required>
              <option value="">{t('assessments.actions.chooseOwner')}</option>
              {owners.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </SelectField>
          )}
          <TextInput id={`${ID}-dueOn`} type="date" label={labels.dueOn} error={errors.field('dueOn')} value={v.dueOn} onChange={set('dueOn')} required />
          <div className="button-row">
            <Button type="submit" className="button button-primary" isDisabled={create.isPending}>
              {t('assessments.actions.create')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

function ActionItem({ action, cycle }: { action: AssessmentAction; cycle: CycleDetail }) {
  const { t, i18n } = useTranslation();
  const name = usePersonName(cycle.id);
  const words = useRagWords(cycle);
  const update = useUpdateAction(cycle.id);
  const addNote = useAddActionNote(cycle.id);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const headingId = `action-${action.id}`;

  const submitNote = (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) {
      setNoteError(t('assessments.actions.noteNeeded'));
      return;
    }
    setNoteError(undefined);
    addNote.mutate(
      { id: action.id, body: note.trim() },
      {
        onSuccess: () => {
          setNote('');
          announce(t('assessments.actions.noteAdded'));
        },
      },
    );
  };

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
          <ActionOrigin action={action} cycle={cycle} ragWords={words} />
          <dt>{t('assessments.actions.owner')}</dt>
          <dd>{action.owner?.name ?? name(action.owner?.id ?? null)}</dd>
          <dt>{t('assessments.actions.due')}</dt>
          <dd>{action.dueOn ? formatDate(action.dueOn, i18n.language) : '—'}</dd>
        </dl>
        <ActionStatusSelect action={action} update={update} />
        <h4>{t('assessments.actions.notes')}</h4>
        {action.notes.length === 0 ? <p className="meta">{t('assessments.actions.noNotes')}</p> : null}
        <ul className="note-list">
          {action.notes.map((n) => (
            <li key={n.id}>
              <p>{n.body}</p>
              <p className="meta">{t('assessments.review.addedBy', { name: name(n.authorPersonId), date: formatDateTime(n.createdAt, i18n.language) })}</p>
            </li>
          ))}
        </ul>
        <form className="form" onSubmit={submitNote} noValidate>
          <TextArea id={`note-${action.id}`} label={t('assessments.actions.note', { title: action.title })} rows={2} value={note} onChange={setNote} error={noteError} />
          {addNote.error ? <Notice tone="error">{errorTitle(t, addNote.error)}</Notice> : null}
          <div className="button-row">
            <Button type="submit" className="button button-secondary" isDisabled={addNote.isPending}>
              {t('assessments.actions.addNote')}
            </Button>
          </div>
        </form>
      </article>
    </li>
  );
}

/** For admins: every action in the organisation, overdue ones marked in words with a clock. */
export function OrgActionsPage() {
  const { t, i18n } = useTranslation();
  const actions = useAllActions();
  const list = actions.data?.pages.flatMap((p) => p.actions) ?? [];
  const overdue = list.filter((a) => a.overdue).length;
  return (
    <Page title={t('assessments.actions.allTitle')} lead={<p>{t('assessments.actions.allLead')}</p>}>
      <section className="panel" aria-labelledby="all-actions-heading">
        <h2 id="all-actions-heading">{t('assessments.actions.listHeading')}</h2>
        {actions.isPending ? <Loading /> : null}
        {actions.error ? <Notice tone="error">{errorTitle(t, actions.error)}</Notice> : null}
        {actions.data && list.length === 0 ? <p>{t('assessments.actions.noneAll')}</p> : null}
        {overdue > 0 ? (
          <p className="overdue">
            <OverdueIcon /> {t('assessments.actions.overdueCount', { count: overdue })}
          </p>
        ) : null}
        {list.length > 0 ? (
          <TableRegion captionId="all-actions-caption">
            <table>
              <caption id="all-actions-caption">{t('assessments.actions.caption', { count: list.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('assessments.actions.actionTitle')}</th>
                  <th scope="col">{t('assessments.results.cycle')}</th>
                  <th scope="col">{t('assessments.actions.criterion')}</th>
                  <th scope="col">{t('assessments.actions.owner')}</th>
                  <th scope="col">{t('assessments.actions.due')}</th>
                  <th scope="col">{t('assessments.actions.status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((a) => (
                  <tr key={a.id} className={a.overdue ? 'is-overdue' : undefined}>
                    <th scope="row">{a.title}</th>
                    {a.figure?.kind === 'indicator' ? (
                      <td colSpan={2}>
                        <Link to="/workforce/figures">{t('assessments.actions.fromFigure', { figure: t(`figures.names.${a.figure.indicator}`), quarter: a.figure.quarter })}</Link>
                      </td>
                    ) : (
                      <>
                        <td>
                          <Link to={`/assessments/${a.cycleId}/actions`}>{a.cycleTitle}</Link>
                        </td>
                        <td>{a.criterionId ?? (a.figure?.kind === 'domain' ? t(`outcomes.audit.domains.${a.figure.domain}`) : null)}</td>
                      </>
                    )}
                    <td>{a.owner?.name ?? '—'}</td>
                    <td>
                      {a.dueOn ? formatDate(a.dueOn, i18n.language) : '—'}
                      {a.overdue ? (
                        <span className="overdue">
                          {' '}
                          <OverdueIcon /> {t('assessments.actions.overdue')}
                        </span>
                      ) : null}
                    </td>
                    <td>{t(`assessments.actions.statuses.${a.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        ) : null}
        {list.length > 0 ? <ShowMore hasMore={actions.hasNextPage} loading={actions.isFetchingNextPage} onMore={() => void actions.fetchNextPage()} shown={list.length} /> : null}
      </section>
    </Page>
  );
}
