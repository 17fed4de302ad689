import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildUnitTree } from '../../../api/unit-tree';
import { type Unit, useDeleteUnit, useUnits } from '../../../api/units';
import { announce } from '../../../components/announcer';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { focusIfLost } from '../../../components/focus-if-lost';
import { Loading } from '../../../components/Loading';
import { ModalDialog } from '../../../components/ModalDialog';
import { Notice } from '../../../components/Notice';
import { Page } from '../../../components/Page';
import { errorTitle } from '../../../components/problem-text';
import { AddUnitForm } from './AddUnitForm';
import { MoveUnitForm, RenameUnitForm } from './EditUnitForms';
import { UnitTree } from './UnitTree';

export type UnitAction = { kind: 'rename' | 'move' | 'delete'; unit: Unit };

/** Services and the teams inside them, as a tree; add, rename, move and remove. */
export function UnitsPage() {
  const { t } = useTranslation();
  const units = useUnits();
  const remove = useDeleteUnit();
  const [action, setAction] = useState<UnitAction | null>(null);
  const all = units.data?.units ?? [];
  const close = () => {
    // a moved unit's buttons are new elements; a removed unit's are gone: land on the unit, or the tree's heading
    if (action) focusIfLost(action.kind === 'move' ? `unit-move-${action.unit.id}` : action.kind === 'rename' ? `unit-rename-${action.unit.id}` : 'units-structure');
    setAction(null);
  };
  const deleting = action?.kind === 'delete' ? action.unit : null;

  return (
    <Page title={t('units.title')} lead={<p>{t('units.lead')}</p>}>
      {units.isPending ? <Loading /> : null}
      {units.error ? <Notice tone="error">{errorTitle(t, units.error)}</Notice> : null}
      {units.data ? (
        <section aria-labelledby="units-structure">
          <h2 id="units-structure" tabIndex={-1}>{t('units.structure')}</h2>
          {all.length === 0 ? <p>{t('units.empty')}</p> : <UnitTree nodes={buildUnitTree(all)} onAction={setAction} />}
        </section>
      ) : null}
      {units.data ? <AddUnitForm units={all} /> : null}

      <ModalDialog isOpen={action?.kind === 'rename'} onClose={close} title={action ? t('units.renameTitle', { name: action.unit.name }) : ''}>
        {action?.kind === 'rename' ? <RenameUnitForm unit={action.unit} onDone={close} /> : null}
      </ModalDialog>
      <ModalDialog isOpen={action?.kind === 'move'} onClose={close} title={action ? t('units.moveTitle', { name: action.unit.name }) : ''}>
        {action?.kind === 'move' ? <MoveUnitForm unit={action.unit} units={all} onDone={close} /> : null}
      </ModalDialog>
      <ConfirmDialog
        destructive
        isOpen={deleting !== null}
        onClose={close}
        title={deleting ? t('units.deleteTitle', { name: deleting.name }) : ''}
        confirmLabel={t('units.deleteConfirm')}
        onConfirm={async () => {
          if (!deleting) return;
          await remove.mutateAsync(deleting.id);
          announce(t('units.deleted', { name: deleting.name }));
        }}
      >
        <p>{t('units.deleteExplain')}</p>
      </ConfirmDialog>
    </Page>
  );
}
