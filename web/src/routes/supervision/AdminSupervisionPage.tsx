import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type Assignment, useAssign, useAssignments } from '../../api/supervision';
import { announce } from '../../components/announcer';
import { Loading } from '../../components/Loading';
import { ModalDialog } from '../../components/ModalDialog';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { type PickedPerson, PersonSearchSelect } from '../../components/PersonSearchSelect';
import { errorTitle } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';
import { HeldCounts } from './HeldCounts';
import { RhythmDefaults } from './RhythmDefaultsForm';

const PAGE = 50;

/** The organisation's side: who supervises whom (changeable), and sessions held through the privacy gate. */
export function AdminSupervisionPage() {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const list = useAssignments(offset);
  const [changing, setChanging] = useState<Assignment | null>(null);
  const rows = list.data?.assignments ?? [];
  const total = list.data?.total ?? 0;
  return (
    <Page title={t('supervision.admin.title')} lead={<p>{t('supervision.admin.lead')}</p>}>
      <section className="panel" aria-labelledby="assignments-heading">
        <h2 id="assignments-heading">{t('supervision.admin.assignments')}</h2>
        <p>{t('supervision.admin.assignmentsLead')}</p>
        {list.isPending ? <Loading /> : null}
        {list.error ? <Notice tone="error">{errorTitle(t, list.error)}</Notice> : null}
        {rows.length > 0 ? (
          <>
            <TableRegion captionId="assignments-caption">
              <table>
                <caption id="assignments-caption">{t('supervision.admin.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('supervision.admin.person')}</th>
                    <th scope="col">{t('supervision.supervisees.team')}</th>
                    <th scope="col">{t('supervision.admin.supervisor')}</th>
                    <th scope="col">{t('common.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((a) => (
                    <tr key={a.person.id}>
                      <th scope="row">{a.person.name}</th>
                      <td>{a.person.unitName ?? ''}</td>
                      <td>
                        {a.supervisor ? `${a.supervisor.name} (${a.supervisor.source === 'assigned' ? t('supervision.admin.assigned') : t('supervision.admin.lineManager')})` : t('supervision.admin.none')}
                      </td>
                      <td>
                        <Button className="button button-secondary" aria-label={t('supervision.admin.changeNamed', { name: a.person.name })} onPress={() => setChanging(a)}>
                          {t('supervision.admin.change')}
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
            <p>{t('supervision.admin.page', { from: offset + 1, to: offset + rows.length, total })}</p>
            <div className="button-row">
              <Button className="button button-secondary" isDisabled={offset === 0} onPress={() => setOffset(Math.max(0, offset - PAGE))}>
                {t('supervision.admin.previous')}
              </Button>
              <Button className="button button-secondary" isDisabled={offset + PAGE >= total} onPress={() => setOffset(offset + PAGE)}>
                {t('supervision.admin.next')}
              </Button>
            </div>
          </>
        ) : null}
      </section>
      <RhythmDefaults />
      <HeldCounts />
      {changing ? <ChangeSupervisor assignment={changing} onClose={() => setChanging(null)} /> : null}
    </Page>
  );
}

function ChangeSupervisor({ assignment, onClose }: { assignment: Assignment; onClose: () => void }) {
  const { t } = useTranslation();
  const assign = useAssign();
  const [picked, setPicked] = useState<PickedPerson | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const save = (supervisorId: string | null) =>
    assign.mutate(
      { workerId: assignment.person.id, supervisorId },
      {
        onSuccess: () => {
          announce(t('supervision.admin.saved'));
          onClose();
        },
        onError: (e) => setProblem(errorTitle(t, e)),
      },
    );
  return (
    <ModalDialog isOpen onClose={onClose} title={t('supervision.admin.dialogTitle', { name: assignment.person.name })}>
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <PersonSearchSelect idPrefix="assign" field="supervisorId" label={t('supervision.admin.choose')} value={picked} onChange={setPicked} />
      <div className="button-row">
        <Button className="button button-primary" isDisabled={!picked || assign.isPending} onPress={() => picked && save(picked.id)}>
          {t('supervision.admin.save')}
        </Button>
        <Button className="button button-secondary" isDisabled={assign.isPending} onPress={() => save(null)}>
          {t('supervision.admin.useLineManager')}
        </Button>
        <Button className="button button-secondary" onPress={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </ModalDialog>
  );
}
