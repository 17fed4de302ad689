import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useRemoveCollaborativeMember } from '../../api/collaboratives';
import { announce } from '../../components/announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SelectField } from '../../components/fields';

/**
 * A hub admin takes a member organisation out of the collaborative, after a confirmation that
 * says what that does. One that has contributed figures stays (the server refuses and the
 * dialog shows why): its figures are among what the gate already released.
 */
export function RemoveMemberForm({ collaborativeId, members }: { collaborativeId: string; members: ReadonlyArray<{ orgId: string; name: string }> }) {
  const { t } = useTranslation();
  const remove = useRemoveCollaborativeMember(collaborativeId);
  const [orgId, setOrgId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const chosen = members.find((m) => m.orgId === orgId);
  if (members.length === 0) return null;
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen) setConfirming(true);
      }}
    >
      <SelectField id="remove-member-orgId" label={t('collaboratives.removeMember.label')} hint={t('collaboratives.removeMember.hint')} value={orgId} onChange={setOrgId}>
        <option value="">{t('collaboratives.removeMember.choose')}</option>
        {members.map((m) => (
          <option key={m.orgId} value={m.orgId}>
            {m.name}
          </option>
        ))}
      </SelectField>
      <Button type="submit" className="button button-secondary" isDisabled={!chosen}>
        {t('collaboratives.removeMember.submit')}
      </Button>
      <ConfirmDialog
        destructive
        isOpen={confirming}
        onClose={() => setConfirming(false)}
        title={t('collaboratives.removeMember.title', { name: chosen?.name ?? '' })}
        confirmLabel={t('collaboratives.removeMember.submit')}
        onConfirm={async () => {
          if (!chosen) return;
          await remove.mutateAsync(chosen.orgId);
          announce(t('collaboratives.removeMember.done', { name: chosen.name }));
          setOrgId('');
        }}
      >
        <p>{t('collaboratives.removeMember.explain')}</p>
      </ConfirmDialog>
    </form>
  );
}
