import { useTranslation } from 'react-i18next';
import { useSupportContacts } from '../../api/wellbeing';
import { Loading } from '../../components/Loading';

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
      {list.length > 0 ? (
        <ul>
          {list.map((c) => (
            <li key={c.id}>
              <p className="wb-contact-name">{c.name}</p>
              <p className="hint">{t(`wellbeing.support.kinds.${c.kind}`)}</p>
              {c.description ? <p>{c.description}</p> : null}
              {c.phone ? (
                <p>
                  {t('wellbeing.support.phone')} <a href={`tel:${c.phone.replace(/[^0-9+]/g, '')}`}>{c.phone}</a>
                </p>
              ) : null}
              {c.url ? (
                <p>
                  <a href={c.url} rel="noopener noreferrer" target="_blank">
                    {t('wellbeing.support.website', { name: c.name })}
                  </a>
                </p>
              ) : null}
              {c.hours ? <p>{t('wellbeing.support.hours', { hours: c.hours })}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="hint">{t('wellbeing.support.emergency')}</p>
    </section>
  );
}
