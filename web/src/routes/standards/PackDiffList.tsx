import { useTranslation } from 'react-i18next';
import type { PackDiff } from '../../api/standards';

type Text = Record<string, string>;

/** The computed difference between two versions of a pack: items added, removed and reworded, each named by its kind and id. */
export function PackDiffList({ diff, idPrefix }: { diff: PackDiff; idPrefix: string }) {
  const { t, i18n } = useTranslation();
  const say = (text: Text) => text[i18n.language] ?? text.en ?? Object.values(text)[0] ?? '';
  const item = (kind: string, id: string) => t('standards.diff.item', { kind: t(`standards.diff.kind.${kind}`), id });
  if (diff.added.length + diff.removed.length + diff.reworded.length === 0) return <p>{t('standards.diff.same')}</p>;
  return (
    <div>
      {diff.added.length > 0 ? (
        <>
          <h4 id={`${idPrefix}-added`}>{t('standards.diff.added', { count: diff.added.length })}</h4>
          <ul aria-labelledby={`${idPrefix}-added`}>
            {diff.added.map((a) => (
              <li key={`${a.kind}-${a.id}`}>
                {item(a.kind, a.id)}: {say(a.text)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {diff.removed.length > 0 ? (
        <>
          <h4 id={`${idPrefix}-removed`}>{t('standards.diff.removed', { count: diff.removed.length })}</h4>
          <ul aria-labelledby={`${idPrefix}-removed`}>
            {diff.removed.map((r) => (
              <li key={`${r.kind}-${r.id}`}>
                {item(r.kind, r.id)}: {say(r.text)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {diff.reworded.length > 0 ? (
        <>
          <h4 id={`${idPrefix}-reworded`}>{t('standards.diff.reworded', { count: diff.reworded.length })}</h4>
          <ul aria-labelledby={`${idPrefix}-reworded`}>
            {diff.reworded.map((r) => (
              <li key={`${r.kind}-${r.id}`}>
                {item(r.kind, r.id)}: {t('standards.diff.was', { before: say(r.before), after: say(r.after) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
