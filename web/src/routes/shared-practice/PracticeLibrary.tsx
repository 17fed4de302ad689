import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { type PracticeItem, type PracticeKind, useBoard, useLibrary, useNameStory, useRemoveItem } from '../../api/shared-practice';
import { announce } from '../../components/announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SelectField } from '../../components/fields';
import { formatDate } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';
import { AddPracticeItem } from './AddPracticeItem';
import { sourceText } from './practice-words';

/** The library: newest first, filtered by kind; documents download, links open, stories read in place. */
export function PracticeLibrary({ base }: { base: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<PracticeKind | ''>('');
  const library = useLibrary(base, kind);
  const board = useBoard(base);
  const items = library.data?.items ?? [];
  return (
    <section className="panel" aria-labelledby="practice-library-heading">
      <h2 id="practice-library-heading">{t('sharedPractice.library.heading')}</h2>
      <p>{t('sharedPractice.library.lead')}</p>
      <SelectField id="practice-library-kind" label={t('sharedPractice.library.filter')} value={kind} onChange={(v) => setKind(v as PracticeKind | '')}>
        <option value="">{t('sharedPractice.library.all')}</option>
        <option value="document">{t('sharedPractice.kind.document')}</option>
        <option value="link">{t('sharedPractice.kind.link')}</option>
        <option value="story">{t('sharedPractice.kind.story')}</option>
      </SelectField>
      {library.isPending ? <Loading /> : null}
      {library.error ? <Notice tone="error">{errorTitle(t, library.error)}</Notice> : null}
      {library.data && items.length === 0 ? <p>{kind ? t('sharedPractice.library.noneOfKind') : t('sharedPractice.library.none')}</p> : null}
      {items.length > 0 ? (
        <ul className="practice-list" aria-label={t('sharedPractice.library.listLabel')}>
          {items.map((item) => (
            <li key={item.id}>
              <LibraryItem base={base} item={item} />
            </li>
          ))}
        </ul>
      ) : null}
      {board.data?.mayWrite ? <AddPracticeItem base={base} /> : null}
    </section>
  );
}

function LibraryItem({ base, item }: { base: string; item: PracticeItem }) {
  const { t, i18n } = useTranslation();
  const remove = useRemoveItem(base);
  const name = useNameStory(base);
  const [confirming, setConfirming] = useState(false);
  const kind = t(`sharedPractice.kind.${item.kind}`);
  return (
    <article className="practice-item" aria-labelledby={`item-${item.id}-title`}>
      <h3 id={`item-${item.id}-title`}>{item.title}</h3>
      <p className="practice-meta">{t('sharedPractice.library.meta', { kind, from: sourceText(t, item.from), when: formatDate(item.createdAt.slice(0, 10), i18n.language) })}</p>
      {item.kind === 'link' && item.url ? (
        <p>
          {/* another site: no referrer, and it cannot reach back into this page */}
          <a href={item.url} rel="noopener noreferrer nofollow" target="_blank">
            {t('sharedPractice.library.open', { title: item.title })}
          </a>{' '}
          <span className="hint">{item.url}</span>
        </p>
      ) : null}
      {item.kind === 'document' ? (
        <p>
          <a href={`${base}/library/${item.id}/file`} download>
            {t('sharedPractice.library.download', { file: item.fileName ?? item.title, size: Math.max(1, Math.round((item.size ?? 0) / 1024)) })}
          </a>
        </p>
      ) : null}
      {item.kind === 'story' && item.text ? <p className="practice-text">{item.text}</p> : null}
      {item.mine && item.nameOrganisation !== null ? (
        <p className="hint">{item.nameOrganisation ? t('sharedPractice.story.youNamed') : t('sharedPractice.story.youUnnamed')}</p>
      ) : null}
      <div className="button-row">
        {item.mine && item.nameOrganisation !== null ? (
          <Button
            className="button button-secondary"
            isDisabled={name.isPending}
            onPress={() => name.mutate({ id: item.id, nameOrganisation: !item.nameOrganisation }, { onSuccess: () => announce(t('sharedPractice.story.changed')) })}
          >
            {item.nameOrganisation ? t('sharedPractice.story.unname', { title: item.title }) : t('sharedPractice.story.name', { title: item.title })}
          </Button>
        ) : null}
        {item.mayRemove ? (
          <Button className="button button-secondary" onPress={() => setConfirming(true)}>
            {t('sharedPractice.library.remove', { title: item.title })}
          </Button>
        ) : null}
      </div>
      {name.error ? <Notice tone="error">{errorTitle(t, name.error)}</Notice> : null}
      <ConfirmDialog
        isOpen={confirming}
        onClose={() => setConfirming(false)}
        title={t('sharedPractice.library.removeTitle', { title: item.title })}
        confirmLabel={t('sharedPractice.library.removeConfirm')}
        destructive
        onConfirm={async () => {
          await remove.mutateAsync(item.id);
          announce(t('sharedPractice.library.removed', { title: item.title }));
        }}
      >
        <p>{t('sharedPractice.library.removeBody')}</p>
      </ConfirmDialog>
    </article>
  );
}
