import { useTranslation } from 'react-i18next';
import type { SupportContact } from '../../api/wellbeing';

/**
 * The organisation's support contacts as a list: name, kind, how to reach them and when, each text
 * in the reader's language where written (the server falls back to the other, marked with `lang`
 * so a screen reader pronounces it in its own language).
 */
export function SupportContactList({ contacts }: { contacts: readonly SupportContact[] }) {
  const { t } = useTranslation();
  return (
    <ul className="wb-contacts">
      {contacts.map((c) => (
        <li key={c.id}>
          <p className="wb-contact-name" lang={c.lang.name}>
            {c.name}
          </p>
          <p className="hint">{t(`wellbeing.support.kinds.${c.kind}`)}</p>
          {c.description ? <p lang={c.lang.description ?? undefined}>{c.description}</p> : null}
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
          {c.hours ? (
            <p>
              {t('wellbeing.support.hours', { hours: '' })}
              <span lang={c.lang.hours ?? undefined}>{c.hours}</span>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
