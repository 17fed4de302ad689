import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useRemovePhase, useRemoveTimepoint } from '../../api/collaborative-timeline';
import type { Collaborative } from '../../api/collaboratives';
import { announce } from '../../components/announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { focusIfLost } from '../../components/focus-if-lost';
import { formatDate } from '../../components/format';
import { ModalDialog } from '../../components/ModalDialog';
import { TableRegion } from '../../components/TableRegion';
import { PhaseForm } from './PhaseForm';
import { TimepointForm } from './TimepointForm';

type Phase = Collaborative['phases'][number];
type Timepoint = Collaborative['timepoints'][number];
type Action = { kind: 'add-phase' | 'add-timepoint' } | { kind: 'edit-phase' | 'remove-phase'; phase: Phase } | { kind: 'edit-timepoint' | 'remove-timepoint'; timepoint: Timepoint };

/**
 * The collaborative's timeline: its phases and its timepoints. A hub admin adds, changes and
 * removes them (a timepoint organisations shared figures for stays: the server says why);
 * an analyst reads them.
 */
export function TimelineSection({ collaborative: c, canEdit }: { collaborative: Collaborative; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const [action, setAction] = useState<Action | null>(null);
  const removePhase = useRemovePhase();
  const removeTimepoint = useRemoveTimepoint();
  const day = (d: string) => formatDate(d, i18n.language);
  const close = () => {
    focusIfLost('timeline-heading');
    setAction(null);
  };
  const rowButtons = (name: string, onEdit: () => void, onRemove: () => void) =>
    canEdit ? (
      <td>
        <div className="button-row">
          <Button className="button button-secondary" aria-label={t('collaboratives.timeline.editNamed', { name })} onPress={onEdit}>
            {t('common.edit')}
          </Button>
          <Button className="button button-secondary" aria-label={t('collaboratives.timeline.removeNamed', { name })} onPress={onRemove}>
            {t('collaboratives.timeline.remove')}
          </Button>
        </div>
      </td>
    ) : null;
  const actionsHeader = canEdit ? <th scope="col">{t('common.actions')}</th> : null;
  const removing = action?.kind === 'remove-phase' ? action.phase.name : action?.kind === 'remove-timepoint' ? action.timepoint.label : '';

  return (
    <section className="panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" tabIndex={-1}>
        {t('collaboratives.timeline.heading')}
      </h2>
      <p>{t(canEdit ? 'collaboratives.timeline.leadAdmin' : 'collaboratives.timeline.leadReader')}</p>
      <h3>{t('collaboratives.timeline.phasesHeading')}</h3>
      {c.phases.length === 0 ? <p>{t('collaboratives.timeline.noPhases')}</p> : null}
      {c.phases.length > 0 ? (
        <TableRegion captionId="phases-caption">
          <table>
            <caption id="phases-caption">{t('collaboratives.timeline.phasesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('collaboratives.timeline.phaseName')}</th>
                <th scope="col">{t('collaboratives.timeline.startsOn')}</th>
                <th scope="col">{t('collaboratives.timeline.endsOn')}</th>
                {actionsHeader}
              </tr>
            </thead>
            <tbody>
              {c.phases.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td>{day(p.startsOn)}</td>
                  <td>{day(p.endsOn)}</td>
                  {rowButtons(p.name, () => setAction({ kind: 'edit-phase', phase: p }), () => setAction({ kind: 'remove-phase', phase: p }))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
      {canEdit ? (
        <Button className="button button-secondary" onPress={() => setAction({ kind: 'add-phase' })}>
          {t('collaboratives.timeline.addPhase')}
        </Button>
      ) : null}

      <h3>{t('collaboratives.timeline.timepointsHeading')}</h3>
      <TableRegion captionId="timepoints-caption">
        <table>
          <caption id="timepoints-caption">{t('collaboratives.timeline.timepointsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('collaboratives.timeline.label')}</th>
              <th scope="col">{t('collaboratives.timeline.dueOn')}</th>
              <th scope="col">{t('collaboratives.timeline.kinds')}</th>
              {actionsHeader}
            </tr>
          </thead>
          <tbody>
            {c.timepoints.map((tp) => (
              <tr key={tp.id}>
                <th scope="row">{tp.label}</th>
                <td>{day(tp.dueOn)}</td>
                <td>{tp.kinds.map((k) => t(`collaboratives.kinds.${k}`)).join(', ') || '—'}</td>
                {rowButtons(tp.label, () => setAction({ kind: 'edit-timepoint', timepoint: tp }), () => setAction({ kind: 'remove-timepoint', timepoint: tp }))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {canEdit ? (
        <Button className="button button-secondary" onPress={() => setAction({ kind: 'add-timepoint' })}>
          {t('collaboratives.timeline.addTimepoint')}
        </Button>
      ) : null}

      <ModalDialog isOpen={action?.kind === 'add-phase' || action?.kind === 'edit-phase'} onClose={close} title={t(action?.kind === 'edit-phase' ? 'collaboratives.timeline.editPhaseTitle' : 'collaboratives.timeline.addPhase')}>
        <PhaseForm collaborativeId={c.id} phase={action?.kind === 'edit-phase' ? action.phase : undefined} onDone={close} />
      </ModalDialog>
      <ModalDialog isOpen={action?.kind === 'add-timepoint' || action?.kind === 'edit-timepoint'} onClose={close} title={t(action?.kind === 'edit-timepoint' ? 'collaboratives.timeline.editTimepointTitle' : 'collaboratives.timeline.addTimepoint')}>
        <TimepointForm collaborativeId={c.id} timepoint={action?.kind === 'edit-timepoint' ? action.timepoint : undefined} onDone={close} />
      </ModalDialog>
      <ConfirmDialog
        destructive
        isOpen={action?.kind === 'remove-phase' || action?.kind === 'remove-timepoint'}
        onClose={close}
        title={t('collaboratives.timeline.removeTitle', { name: removing })}
        confirmLabel={t('collaboratives.timeline.remove')}
        onConfirm={async () => {
          if (action?.kind === 'remove-phase') await removePhase.mutateAsync(action.phase.id);
          if (action?.kind === 'remove-timepoint') await removeTimepoint.mutateAsync(action.timepoint.id);
          announce(t('collaboratives.timeline.removed', { name: removing }));
        }}
      >
        <p>{t(action?.kind === 'remove-timepoint' ? 'collaboratives.timeline.removeTimepointExplain' : 'collaboratives.timeline.removePhaseExplain')}</p>
      </ConfirmDialog>
    </section>
  );
}
