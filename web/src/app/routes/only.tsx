import type { ReactNode } from 'react';
import type { Role } from '../../api/session';
import { RequireRole } from '../guards';

/** A page only these roles open (the API refuses the others regardless; this says so in the page). */
export const only = (roles: Role[], page: ReactNode) => <RequireRole roles={roles}>{page}</RequireRole>;
