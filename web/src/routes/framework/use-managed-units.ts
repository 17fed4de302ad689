import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Person } from '../../api/people';
import { useSession } from '../../api/session';
import { unitOptions } from '../../api/unit-tree';
import { useUnits } from '../../api/units';

/**
 * The units this person may place or assess: every unit for an org admin; for a supervisor their
 * own unit and the units inside it (the server checks the same and refuses the rest).
 */
export function useManagedUnits() {
  const { me } = useSession();
  const units = useUnits();
  const isAdmin = !!me?.roles.includes('org_admin');
  const self = useQuery({
    queryKey: ['people', me?.personId],
    queryFn: () => api<Person>(`/api/v1/people/${me?.personId}`),
    enabled: !!me && !isAdmin,
  });
  const all = units.data?.units ?? [];
  const options = unitOptions(all).filter((option) => {
    if (isAdmin) return true;
    const own = self.data?.unitId;
    if (!own) return false;
    let current: string | null | undefined = option.id;
    while (current) {
      if (current === own) return true;
      current = all.find((u) => u.id === current)?.parentId;
    }
    return false;
  });
  return { options, isPending: units.isPending || (!isAdmin && self.isPending), error: units.error ?? self.error };
}
