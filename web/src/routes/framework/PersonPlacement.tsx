import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FrameworkPack, type PersonPlacement as PersonPlacementData, usePersonPlacement, usePlacePerson } from '../../api/framework';
import { type Person, usePeople } from '../../api/people';
import { hasRole, useSession } from '../../api/session';
import { announce } from '../../components/announcer';
import { SelectField, TextInput } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';
import { levelName, usePackText } from './pack-text';
import { PlacementHistory } from './PlacementHistory';
import { PlacementWizard } from './PlacementWizard';

/**
 * The people this person may place one by one: everyone for an org admin (found by a search, the
 * list is the server's first matches); for a supervisor their direct reports — the same people the
 * server lets them place. Themself they place on their own page (/me/level).
 */
function usePlaceablePeople(search: string) {
  const { me } = useSession();
  const isAdmin = hasRole(me, 'org_admin');
  const people = usePeople(isAdmin ? { search, limit: 100 } : { limit: 500 });
  const list = (people.data?.people ?? []).filter((p) => p.id !== me?.personId);
  return { isAdmin, list, total: people.data?.total ?? 0, shown: people.data?.people.length ?? 0, people };
}

/** A manager places one person: choose them, see their level and its source, answer, confirm. */
export function PersonPlacement({ pack }: { pack: FrameworkPack }) {
  const { t } = useTranslation();
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [personId, setPersonId] = useState('');
  const [placed, setPlaced] = useState<string | null>(null);
  const { isAdmin, list, total, shown, people } = usePlaceablePeople(search);
  const placement = usePersonPlacement(personId || undefined);

  // wait for a pause in typing before asking the server
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(searchText.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [searchText]);

  // a narrower search must not take the chosen person out of the list while they are shown
  const chosen = placement.data?.person;
  const options: Array<Pick<Person, 'id' | 'name' | 'jobTitle'>> =
    chosen && !list.some((p) => p.id === chosen.id) ? [{ id: chosen.id, name: chosen.name, jobTitle: null }, ...list] : list;

  return (
    <>
      {isAdmin ? (
        <search className="search-box">
          <TextInput
            id="placement-person-search"
            label={t('placement.person.search')}
            hint={t('placement.person.searchHint')}
            type="search"
            value={searchText}
            onChange={setSearchText}
          />
        </search>
      ) : null}
      {isAdmin ? (
        <p role="status" className="result-count">
          {total > shown ? t('placement.person.shown', { shown, total }) : ''}
        </p>
      ) : null}
      {people.isPending ? <Loading /> : null}
      {people.error ? <Notice tone="error">{errorTitle(t, people.error)}</Notice> : null}
      {people.data && list.length === 0 && (search || !isAdmin) ? <p>{isAdmin ? t('placement.person.noMatches') : t('placement.person.noReports')}</p> : null}
      {options.length > 0 ? (
        <div className="form narrow">
          <SelectField
            id="placement-person"
            label={t('placement.person.choose')}
            hint={isAdmin ? t('placement.person.chooseHintAdmin') : t('placement.person.chooseHint')}
            value={personId}
            onChange={(v) => {
              setPersonId(v);
              setPlaced(null);
            }}
          >
            <option value="">{t('placement.person.chooseNone')}</option>
            {options.map((p) => (
              <option key={p.id} value={p.id}>
                {p.jobTitle ? t('placement.person.option', { name: p.name, job: p.jobTitle }) : p.name}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      {placement.data && placement.data.person.id === personId ? (
        <PersonPanel
          pack={pack}
          data={placement.data}
          placed={placed}
          onPlaced={(message) => {
            setPlaced(message);
            announce(message);
          }}
        />
      ) : null}
      {personId && placement.isFetching && !placement.data ? <Loading /> : null}
      {personId && placement.error ? <Notice tone="error">{errorTitle(t, placement.error)}</Notice> : null}
    </>
  );
}

function PersonPanel({ pack, data, placed, onPlaced }: { pack: FrameworkPack; data: PersonPlacementData; placed: string | null; onPlaced: (message: string) => void }) {
  const { t } = useTranslation();
  const text = usePackText();
  const place = usePlacePerson();
  const { person, required } = data;
  const name = person.name;

  return (
    <section aria-labelledby="person-level-heading">
      <h3 id="person-level-heading" tabIndex={-1} className="step-heading">
        {t('placement.person.heading', { name })}
      </h3>
      <p>
        {required
          ? required.from === 'person'
            ? t('placement.person.currentOwn', { level: levelName(pack, required.level, text), name })
            : t('placement.person.currentUnit', { level: levelName(pack, required.level, text), unit: required.unitName ?? '' })
          : t('placement.person.currentNone', { name })}
      </p>
      {placed ? <Notice tone="success">{placed}</Notice> : null}
      <Notice title={t('placement.person.overridesTitle')}>
        <p>
          {person.unitName ? t('placement.person.overrides', { name, unit: person.unitName }) : t('placement.person.overridesNoUnit', { name })}
        </p>
      </Notice>
      {data.openReview ? <p>{t('placement.person.openReview', { name })}</p> : null}
      <details open={!data.history.length}>
        <summary>{t('placement.unit.guidanceSummary')}</summary>
        <p>{text(pack.body.placement.guidance)}</p>
      </details>
      <p>{t('placement.person.questionsLead', { name })}</p>
      <PlacementWizard
        key={person.id}
        pack={pack}
        idPrefix="person-placement"
        busy={place.isPending}
        onConfirm={async (input) => {
          const result = await place.mutateAsync({ personId: person.id, ...input });
          onPlaced(t('placement.person.placed', { name, level: levelName(pack, result.level, text) }));
          // the questions start again: bring focus back to this person's level, which now shows the new one
          document.getElementById('person-level-heading')?.focus();
        }}
      />
      <PlacementHistory pack={pack} history={data.history} headingId="person-history-heading" />
    </section>
  );
}
