import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAddCollaborativeMember } from '../../api/collaboratives';
import { useHubMembers } from '../../api/hub';
import { announce } from '../../components/announcer';
import { SelectField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';

/** A hub admin adds a member organisation: only those whose consent to the hub is in force, in no collaborative of the hub yet. */
export function AddMemberForm({ collaborativeId, memberIds, elsewhereIds }: { collaborativeId: string; memberIds: readonly string[]; elsewhereIds: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const members = useHubMembers();
  const add = useAddCollaborativeMember(collaborativeId);
  const [orgId, setOrgId] = useState('');
  const open = (members.data?.members ?? []).filter((m) => m.status === 'consented' && !memberIds.includes(m.orgId) && !elsewhereIds.includes(m.orgId)).sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  if (members.isSuccess && open.length === 0) return <p className="hint">{t('collaboratives.addMember.none')}</p>;
  return (
    <form
      className="inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        const chosen = open.find((m) => m.orgId === orgId);
        if (!chosen) return;
        add.mutate(orgId, {
          onSuccess: () => {
            announce(t('collaboratives.addMember.done', { name: chosen.name }));
            setOrgId('');
          },
        });
      }}
    >
      <SelectField id="add-member-orgId" label={t('collaboratives.addMember.label')} hint={t('collaboratives.addMember.hint')} value={orgId} onChange={setOrgId}>
        <option value="">{t('collaboratives.addMember.choose')}</option>
        {open.map((m) => (
          <option key={m.orgId} value={m.orgId}>
            {m.name}
          </option>
        ))}
      </SelectField>
      <Button type="submit" className="button button-secondary" isDisabled={!orgId || add.isPending}>
        {t('collaboratives.addMember.submit')}
      </Button>
      {add.error ? <Notice tone="error">{errorTitle(t, add.error)}</Notice> : null}
    </form>
  );
}
