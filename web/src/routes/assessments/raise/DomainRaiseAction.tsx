import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditProgress } from '../../../api/audit-progress';
import { useRaiseDomainAction } from '../../../api/figure-actions';
import { localText } from '../../../api/wellbeing';
import { SelectField } from '../../../components/fields';
import { RaiseActionForm } from './RaiseActionForm';

const ID = 'domain-action';
type Scope = AuditProgress['scopes'][number];
type DomainKey = Scope['latest']['domains'][number]['domain'];

/**
 * An action raised from a domain's share of green criteria in a scope's latest review, as the
 * audit by domain shows it; it joins that review's action plan, and the next closed review's
 * share is shown beside it. Behind a disclosure: the dashboard is read far more than acted on.
 */
export function DomainRaiseAction({ scopes }: { scopes: readonly Scope[] }) {
  const { t, i18n } = useTranslation();
  const raise = useRaiseDomainAction();
  const [cycleId, setCycleId] = useState('');
  const [domain, setDomain] = useState('');
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const chosen = scopes.find((s) => s.latest.cycleId === cycleId);
  const domains = chosen ? chosen.latest.domains.filter((d) => d.greenShare !== null) : [];
  const labels = { cycleId: t('figureActions.review'), domain: t('figureActions.domain') };
  const problems = () => {
    const p: Record<string, string> = {};
    if (!chosen) p.cycleId = t('figureActions.reviewNeeded');
    if (!domains.some((d) => d.domain === domain)) p.domain = t('figureActions.domainNeeded');
    return p;
  };
  if (scopes.length === 0) return null;
  return (
    <details className="raise-action">
      <summary>{t('figureActions.domainSummary')}</summary>
      <RaiseActionForm id={ID} sourceLabels={labels} sourceProblems={problems} pending={raise.isPending} raise={(basics) => raise.mutateAsync({ ...basics, cycleId, domain: domain as DomainKey })}>
        {(fieldError) => (
          <>
            <SelectField
              id={`${ID}-cycleId`}
              label={t('form.requiredLabel', { label: labels.cycleId })}
              value={cycleId}
              onChange={(value) => {
                setCycleId(value);
                setDomain('');
              }}
              error={fieldError('cycleId')}
              required
            >
              <option value="">{t('figureActions.chooseReview')}</option>
              {scopes.map((s) => (
                <option key={s.latest.cycleId} value={s.latest.cycleId}>
                  {t('figureActions.reviewOption', { review: s.latest.title, scope: s.unitName ?? t('outcomes.audit.wholeOrg'), pack: localText(s.packTitle, i18n.language) })}
                </option>
              ))}
            </SelectField>
            <SelectField id={`${ID}-domain`} label={t('form.requiredLabel', { label: labels.domain })} value={domain} onChange={setDomain} error={fieldError('domain')} required>
              <option value="">{chosen ? t('figureActions.chooseDomain') : t('figureActions.reviewFirst')}</option>
              {domains.map((d) => (
                <option key={d.domain} value={d.domain}>
                  {t('figureActions.domainOption', { domain: t(`outcomes.audit.domains.${d.domain}`), share: percent.format(d.greenShare ?? 0) })}
                </option>
              ))}
            </SelectField>
          </>
        )}
      </RaiseActionForm>
    </details>
  );
}
