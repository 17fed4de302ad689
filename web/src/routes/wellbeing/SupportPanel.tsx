import { useTranslation } from 'react-i18next';
import { useSupportContacts } from '../../api/wellbeing';
import { Loading } from '../../components/Loading';
import { SupportContactList } from './SupportContactList';

/**
 * Where to find support (S.ind.7): the organisation's contacts, beside every page of the space.
 * Focusable so the "Support" link at the top of the page can move the keyboard straight here.
 */
export function SupportPanel() {
  const { t } = useTranslation();
  const contacts = useSupportContacts();
  const list = contacts.data?.supportContacts ?? [];
  return (
    <section id="wb-support" className="wb-support" aria-labelledby="wb-support-title" tabIndex={-1}>
      <h2 id="wb-support-title">{t('wellbeing.support.title')}</h2>
      <p>{t('wellbeing.support.lead')}</p>
      {contacts.isPending ? <Loading /> : null}
      {contacts.isError || (contacts.data && list.length === 0) ? <p>{t('wellbeing.support.none')}</p> : null}
      {list.length > 0 ? <SupportContactList contacts={list} /> : null}
      <p className="hint">{t('wellbeing.support.emergency')}</p>
    </section>
  );
}
