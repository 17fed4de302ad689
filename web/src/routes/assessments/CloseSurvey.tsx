import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type CycleDetail, useCloseCycle } from '../../api/assessments';
import { hasRole, useSession } from '../../api/session';
import { announce } from '../../components/announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';

/**
 * Closes an open staff survey before its closing day, for the organisation's admins and the
 * survey's lead (the server refuses anyone else): nobody can answer after that, and its results
 * can be read at once (as a collaborative's timepoint needs when everyone asked has answered).
 */
export function CloseSurvey({ cycle }: { cycle: CycleDetail }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const close = useCloseCycle(cycle.id);
  const [open, setOpen] = useState(false);
  const may = hasRole(me, 'org_admin') || (me?.personId !== undefined && me.personId === cycle.leadPersonId);
  if (!may || cycle.status !== 'open') return null;
  return (
    <>
      <Button className="button button-secondary" onPress={() => setOpen(true)}>
        {t('assessments.closeSurvey.button')}
      </Button>
      <ConfirmDialog
        isOpen={open}
        onClose={() => setOpen(false)}
        title={t('assessments.closeSurvey.title', { title: cycle.title })}
        confirmLabel={t('assessments.closeSurvey.confirm')}
        onConfirm={async () => {
          await close.mutateAsync();
          announce(t('assessments.closeSurvey.done'));
        }}
      >
        <p>{t('assessments.closeSurvey.noMore')}</p>
        <p>{t('assessments.closeSurvey.results')}</p>
      </ConfirmDialog>
    </>
  );
}
