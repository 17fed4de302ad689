import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentPack, Cycle } from '../../api/assessments';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ResponseOf } from '../../api/schema';
import { useSession } from '../../api/session';
import { useUnits } from '../../api/units';
import { formatDate } from '../../components/format';
import './assessments.css';

/** "Whole organisation" or the unit's name. */
export function useScopeName() {
  const { t } = useTranslation();
  const units = useUnits();
  return (cycle: Pick<Cycle, 'unitId'>) => (cycle.unitId === null ? t('assessments.wholeOrg') : (units.data?.units.find((u) => u.id === cycle.unitId)?.name ?? ''));
}

/**
 * Names of the people a cycle's pages mention, by id ("you" for the caller), for everyone who
 * sees the cycle: asked of the cycle, never of a list of the whole organisation (every such list
 * is a read in each listed person's record).
 */
export function usePersonName(cycleId: string | undefined) {
  const { t } = useTranslation();
  const { me } = useSession();
  const people = useQuery({
    queryKey: ['assessment-cycle-people', cycleId],
    queryFn: () => api<ResponseOf<'/api/v1/assessments/cycles/{id}/people', 'get'>>(`/api/v1/assessments/cycles/${cycleId}/people`),
    enabled: Boolean(cycleId),
    staleTime: 0,
  });
  return (id: string | null) => {
    if (!id) return '—';
    if (id === me?.personId) return t('assessments.you', { name: me.name });
    return people.data?.people.find((p) => p.id === id)?.name ?? t('assessments.someone');
  };
}

export function useCycleDates() {
  const { t, i18n } = useTranslation();
  return (cycle: Pick<Cycle, 'opensOn' | 'closesOn'>) => t('assessments.dates', { from: formatDate(cycle.opensOn, i18n.language), to: formatDate(cycle.closesOn, i18n.language) });
}

/** Every criterion of a pack with its section, by id. */
export function criteriaById(pack: AssessmentPack | undefined) {
  const out = new Map<string, { section: AssessmentPack['body']['sections'][number]; criterion: AssessmentPack['body']['sections'][number]['criteria'][number] }>();
  for (const section of pack?.body.sections ?? []) for (const criterion of section.criteria) out.set(criterion.id, { section, criterion });
  return out;
}

/** The pages of one cycle, as a small local navigation. */
export function CycleLinks({ cycle, current }: { cycle: Pick<Cycle, 'id' | 'mode' | 'title'>; current: 'review' | 'results' | 'actions' }) {
  const { t } = useTranslation();
  const links = [
    { key: 'review', to: `/assessments/${cycle.id}`, label: t('assessments.review.reviewLink') },
    { key: 'results', to: `/assessments/${cycle.id}/results`, label: t('assessments.review.resultsLink') },
    { key: 'actions', to: `/assessments/${cycle.id}/actions`, label: t('assessments.review.actionsLink') },
  ] as const;
  return (
    <nav aria-label={t('assessments.review.cycleNav', { title: cycle.title })} className="cycle-links">
      <ul className="button-row plain-list">
        {links.map((l) => (
          <li key={l.key}>
            <Link to={l.to} aria-current={l.key === current ? 'page' : undefined} className={l.key === current ? 'button button-primary' : 'button button-secondary'}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Bytes for people: "1.2 MB". */
export function formatSize(bytes: number, lng: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(lng, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
