import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FrameworkPack, useFramework, usePlaceUnit, useUnitPlacement } from '../../api/framework';
import { useSession } from '../../api/session';
import { announce } from '../../components/announcer';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { SelectField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { levelName, usePackText } from './pack-text';
import { PersonPlacement } from './PersonPlacement';
import { PlacementHistory } from './PlacementHistory';
import { PlacementWizard } from './PlacementWizard';
import { ReviewRequests } from './ReviewRequests';
import { useManagedUnits } from './use-managed-units';

type Subject = 'unit' | 'person';

/**
 * A manager places a service or team, or one person: choose which, answer the questions, confirm;
 * the current level, where it comes from, and the earlier decisions beside.
 */
export function UnitPlacementPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const framework = useFramework();
  const units = useManagedUnits();
  const [subject, setSubject] = useState<Subject>('unit');
  const pack = framework.data;
  const error = framework.error ?? units.error;

  return (
    <Page title={t('placement.unit.title')} lead={<p>{t('placement.unit.lead')}</p>}>
      {framework.isPending || units.isPending ? <Loading /> : null}
      {error ? <Notice tone="error">{errorTitle(t, error)}</Notice> : null}
      {pack && !units.isPending ? (
        <section className="panel" aria-labelledby="unit-placement-heading">
          <h2 id="unit-placement-heading">{t('placement.unit.placeHeading')}</h2>
          <div className="form narrow">
            <ChoiceGroup
              id="placement-subject"
              type="radio"
              legend={t('placement.subject.legend')}
              value={subject}
              options={[
                { value: 'unit', label: t('placement.subject.unit'), description: t('placement.subject.unitHint') },
                { value: 'person', label: t('placement.subject.person'), description: t('placement.subject.personHint') },
              ]}
              onChange={(v) => setSubject(v as Subject)}
            />
          </div>
          {subject === 'unit' ? <UnitPlacement pack={pack} options={units.options} /> : <PersonPlacement pack={pack} />}
        </section>
      ) : null}
      {me ? <ReviewRequests /> : null}
    </Page>
  );
}

/** Choose a service or team, see its level (its own or one above it), answer the questions, confirm. */
function UnitPlacement({ pack, options }: { pack: FrameworkPack; options: Array<{ id: string; label: string }> }) {
  const { t } = useTranslation();
  const text = usePackText();
  const [unitId, setUnitId] = useState('');
  const placement = useUnitPlacement(unitId || null);
  const place = usePlaceUnit();
  const [placed, setPlaced] = useState<string | null>(null);

  return (
    <>
      {options.length === 0 ? (
        <p>{t('placement.unit.noUnits')}</p>
      ) : (
        <div className="form narrow">
          <SelectField
            id="placement-unit"
            label={t('placement.unit.choose')}
            value={unitId}
            onChange={(v) => {
              setUnitId(v);
              setPlaced(null);
            }}
          >
            <option value="">{t('placement.unit.chooseNone')}</option>
            {options.map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </SelectField>
        </div>
      )}
      {placement.data ? (
        <>
          <p>
            {placement.data.effective
              ? placement.data.effective.unitId === unitId
                ? t('placement.unit.currentOwn', { level: levelName(pack, placement.data.effective.level, text) })
                : t('placement.unit.currentInherited', { level: levelName(pack, placement.data.effective.level, text), unit: placement.data.effective.unitName })
              : t('placement.unit.currentNone')}
          </p>
          {placed ? <Notice tone="success">{placed}</Notice> : null}
          <details open={!placement.data.history.length}>
            <summary>{t('placement.unit.guidanceSummary')}</summary>
            <p>{text(pack.body.placement.guidance)}</p>
          </details>
          <PlacementWizard
            key={unitId}
            pack={pack}
            idPrefix="unit-placement"
            busy={place.isPending}
            onConfirm={async (input) => {
              const result = await place.mutateAsync({ unitId, ...input });
              const message = t('placement.unit.placed', { unit: placement.data?.unit.name, level: levelName(pack, result.level, text) });
              setPlaced(message);
              announce(message);
            }}
          />
          <PlacementHistory pack={pack} history={placement.data.history} headingId="unit-history-heading" />
        </>
      ) : null}
      {placement.isFetching && !placement.data ? <Loading /> : null}
      {placement.error ? <Notice tone="error">{errorTitle(t, placement.error)}</Notice> : null}
    </>
  );
}
