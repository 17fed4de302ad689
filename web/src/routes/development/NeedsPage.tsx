import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type NeedsAssessment, useNeeds } from '../../api/development';
import { type FrameworkPack, useFramework, useUnitPlacement } from '../../api/framework';
import { SelectField } from '../../components/fields';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { NeedsForm } from './NeedsForm';
import { levelName, usePackText } from '../framework/pack-text';
import { useManagedUnits } from '../framework/use-managed-units';

/** A manager's training needs assessment per unit, with the gap each one found. */
export function NeedsPage() {
  const { t } = useTranslation();
  const framework = useFramework();
  const units = useManagedUnits();
  const [unitId, setUnitId] = useState('');
  const needs = useNeeds(unitId || null);
  const placement = useUnitPlacement(unitId || null);
  const pack = framework.data;
  const unitName = units.options.find((u) => u.id === unitId)?.label ?? '';
  const error = framework.error ?? units.error ?? needs.error;
  return (
    <Page title={t('placement.needs.title')} lead={<p>{t('placement.needs.lead')}</p>}>
      {framework.isPending || units.isPending ? <Loading /> : null}
      {error ? <Notice tone="error">{errorTitle(t, error)}</Notice> : null}
      {pack && !units.isPending ? (
        units.options.length === 0 ? (
          <p>{t('placement.unit.noUnits')}</p>
        ) : (
          <div className="form narrow">
            <SelectField id="needs-unit" label={t('placement.needs.chooseUnit')} value={unitId} onChange={setUnitId}>
              <option value="">{t('placement.unit.chooseNone')}</option>
              {units.options.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.label}
                </option>
              ))}
            </SelectField>
          </div>
        )
      ) : null}
      {pack && unitId && needs.data && placement.data ? (
        <>
          <section className="panel" aria-labelledby="needs-form-heading">
            <h2 id="needs-form-heading">{t('placement.needs.formHeading', { unit: unitName })}</h2>
            <NeedsForm key={unitId} pack={pack} unitId={unitId} unitName={unitName} suggestedRequired={placement.data.effective?.level ?? null} />
          </section>
          <section className="panel" aria-labelledby="needs-history-heading">
            <h2 id="needs-history-heading" tabIndex={-1}>
              {t('placement.needs.historyHeading')}
            </h2>
            {needs.data.assessments.length === 0 ? (
              <p>{t('placement.needs.none')}</p>
            ) : (
              <ol className="needs-history">
                {needs.data.assessments.map((a) => (
                  <NeedsEntry key={a.id} pack={pack} assessment={a} />
                ))}
              </ol>
            )}
          </section>
        </>
      ) : unitId ? (
        <Loading />
      ) : null}
    </Page>
  );
}

function NeedsEntry({ pack, assessment: a }: { pack: FrameworkPack; assessment: NeedsAssessment }) {
  const { t, i18n } = useTranslation();
  const text = usePackText();
  const names = (levels: string[]) => levels.map((l) => levelName(pack, l as NeedsAssessment['requiredLevel'], text)).join(', ');
  return (
    <li>
      <p>{t('placement.needs.by', { name: a.assessedBy?.name ?? '', date: formatDateTime(a.assessedAt, i18n.language) })}</p>
      <p>
        {t('placement.needs.levels', {
          current: a.currentLevel ? levelName(pack, a.currentLevel, text) : t('placement.needs.notKnown'),
          required: levelName(pack, a.requiredLevel, text),
        })}
      </p>
      <p>
        <strong>
          {a.gap.hasGap
            ? t('placement.needs.gap', { levels: names(a.gap.levels) }) + (a.gap.need ? ` ${t(`placement.needs.kind.${a.gap.need}`)}` : '')
            : t('placement.needs.noGap')}
        </strong>
      </p>
      {a.serviceRemit ? <p>{a.serviceRemit}</p> : null}
      {a.notes ? <p>{t('placement.history.note', { note: a.notes })}</p> : null}
    </li>
  );
}
