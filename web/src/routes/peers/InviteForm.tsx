import { type FormEvent, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Schemas } from '../../api/schema';
import { useInvite } from '../../api/peers';
import { announce } from '../../components/announcer';
import { SelectField, TextInput } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';

/** A starter invites a colleague, found by name; the colleague joins when they choose to. */
export function InviteForm({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const invite = useInvite();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [personId, setPersonId] = useState('');
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(typed.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const found = useQuery({
    queryKey: ['peers', 'colleagues', search],
    queryFn: () => api<Schemas['Colleagues']>(`/api/v1/peers/colleagues?search=${encodeURIComponent(search)}`),
    enabled: search.length >= 2,
  });
  const colleagues = search.length >= 2 ? (found.data?.colleagues ?? []) : [];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const person = colleagues.find((c) => c.id === personId);
    if (!person) return;
    invite.mutate(
      { id: communityId, personId },
      {
        onSuccess: (result) => {
          const text = t(result.invited ? 'peers.community.invitedPerson' : 'peers.community.alreadyInvited', { name: person.name });
          setMessage({ tone: 'success', text });
          announce(text);
          setPersonId('');
        },
        onError: (error) => setMessage({ tone: 'error', text: errorTitle(t, error) }),
      },
    );
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="invite-heading">
      <h3 id="invite-heading">{t('peers.community.inviteHeading')}</h3>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <TextInput id="invite-search" type="search" label={t('peers.community.inviteSearch')} hint={t('peers.community.inviteSearchHint')} value={typed} onChange={setTyped} />
      <SelectField id="invite-personId" label={t('peers.community.invitePerson')} value={personId} onChange={setPersonId}>
        <option value="">{colleagues.length === 0 ? t('peers.community.inviteNone') : t('peers.community.inviteChoose')}</option>
        {colleagues.map((c) => (
          <option key={c.id} value={c.id}>
            {[c.name, c.jobTitle, c.unitName].filter(Boolean).join(', ')}
          </option>
        ))}
      </SelectField>
      <div className="button-row">
        <Button type="submit" className="button button-secondary" isDisabled={!personId || invite.isPending}>
          {t('peers.community.invite')}
        </Button>
      </div>
    </form>
  );
}
