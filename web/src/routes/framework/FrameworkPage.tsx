import { useTranslation } from 'react-i18next';
import { type PackLevel, type PackStatement, useFramework } from '../../api/framework';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { levelName, usePackText } from './pack-text';

const AUDIENCES = ['all', 'managers', 'child-family'] as const;

/** The practice framework for everyone: the four levels, who each is for, what it asks, example roles. */
export function FrameworkPage() {
  const { t } = useTranslation();
  const text = usePackText();
  const framework = useFramework();
  const pack = framework.data;
  return (
    <Page title={t('placement.framework.title')} lead={pack ? <p>{text(pack.summary)}</p> : null}>
      {framework.isPending ? <Loading /> : null}
      {framework.error ? <Notice tone="error">{errorTitle(t, framework.error)}</Notice> : null}
      {pack ? (
        <>
          <Notice title={t('placement.framework.startsTitle')}>
            <p>{t('placement.framework.starts', { level: levelName(pack, pack.body.startsWith, text) })}</p>
          </Notice>
          <nav aria-labelledby="levels-contents">
            <h2 id="levels-contents">{t('placement.framework.contents')}</h2>
            <ol>
              {pack.body.levels.map((level) => (
                <li key={level.id}>
                  <a href={`#level-${level.id}`}>{text(level.name)}</a>
                </li>
              ))}
            </ol>
          </nav>
          {pack.body.levels.map((level) => (
            <LevelSection key={level.id} level={level} />
          ))}
        </>
      ) : null}
    </Page>
  );
}

function LevelSection({ level }: { level: PackLevel }) {
  const { t } = useTranslation();
  const text = usePackText();
  return (
    <section className="panel" aria-labelledby={`level-${level.id}`}>
      <h2 id={`level-${level.id}`} tabIndex={-1}>
        {t('placement.framework.levelHeading', { order: level.order, name: text(level.name) })}
      </h2>
      <h3>{t('placement.framework.forWhom')}</h3>
      <p>{text(level.forWhom)}</p>
      <Rows title={t('placement.framework.knowledge')} rows={level.knowledge} />
      <Rows title={t('placement.framework.skills')} rows={level.skills} />
      {level.exampleRoles.length > 0 ? (
        <>
          <h3>{t('placement.framework.roles')}</h3>
          <ul>
            {level.exampleRoles.map((role) => (
              <li key={role.id}>{text(role.name)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** Knowledge or skills rows, grouped by who they are for (everyone, managers, work with children and families). */
function Rows({ title, rows }: { title: string; rows: PackStatement[] }) {
  const { t } = useTranslation();
  const text = usePackText();
  return (
    <>
      <h3>{title}</h3>
      {AUDIENCES.map((audience) => {
        const list = rows.filter((r) => r.audience === audience);
        if (list.length === 0) return null;
        return (
          <div key={audience}>
            <h4>{t(`placement.audience.${audience}`)}</h4>
            <ul>
              {list.map((row) => (
                <li key={row.id}>{text(row.text)}</li>
              ))}
            </ul>
          </div>
        );
      })}
    </>
  );
}
