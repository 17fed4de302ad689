import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from './client';
import type { ResponseOf, Schemas } from './schema';

type MeWithToken = Schemas['Me'];
/** The signed-in person, as GET /api/v1/auth/session answers (the CSRF token stays in client.ts). */
export type Me = Omit<MeWithToken, 'csrfToken' | 'notice'>;
export type Role = Me['roles'][number];
export type SignInNotice = NonNullable<MeWithToken['notice']>;

// Told once, in the sign-in answer after a password reset; shown by the frame until closed.
let signInNotice: SignInNotice | null = null;
export const pendingSignInNotice = () => signInNotice;
export const dismissSignInNotice = () => {
  signInNotice = null;
};

/**
 * Forgets everything cached except the session query itself (its observers must stay attached),
 * so the last person's lists never show to the next one on a shared computer.
 */
export function forgetCachedData(client: QueryClient) {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
}

export const SESSION_KEY = ['session'] as const;

export type SessionEndReason = 'signedOut' | 'sessionEnded';
let endReason: SessionEndReason | null = null;

/** Why the last session ended (sign-in explains it), until someone signs in or the sign-in page has shown it. */
export const sessionEndReason = () => endReason;
export const setSessionEndReason = (reason: SessionEndReason | null) => {
  endReason = reason;
};

function keep(me: MeWithToken): Me {
  setCsrfToken(me.csrfToken);
  const { csrfToken: _token, notice: _notice, ...rest } = me;
  return rest;
}

/** Who is signed in: `me` is null when nobody is. */
export function useSession() {
  const query = useQuery({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<Me | null> => {
      try {
        return keep(await api<MeWithToken>('/api/v1/auth/session', { quietUnauthenticated: true }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw error;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  return { me: query.data ?? null, isLoading: query.isPending, error: query.error };
}

export const hasRole = (me: Me | null, role: Role) => Boolean(me?.roles.includes(role));

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { email: string; password: string }) => {
      const answer = await api<MeWithToken>('/api/v1/auth/sign-in', { method: 'POST', body: input, quietUnauthenticated: true });
      signInNotice = answer.notice ?? null;
      return keep(answer);
    },
    onSuccess: (me) => {
      endReason = null;
      forgetCachedData(client);
      client.setQueryData(SESSION_KEY, me);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/v1/auth/sign-out', { method: 'POST', quietUnauthenticated: true }),
    onSettled: () => {
      endReason = 'signedOut';
      signInNotice = null;
      setCsrfToken(null);
      forgetCachedData(client);
      client.setQueryData(SESSION_KEY, null);
    },
  });
}

/** Confirms a new sign-in email with the link sent to it and the current password. */
export const confirmEmailChange = (token: string, password: string) =>
  api<ResponseOf<'/api/v1/auth/email-change/confirm', 'post'>>('/api/v1/auth/email-change/confirm', { method: 'POST', body: { token, password }, quietUnauthenticated: true });

export const requestPasswordReset = (email: string) => api<void>('/api/v1/auth/password-reset', { method: 'POST', body: { email } });

/** Sets a password with a one-time link: a reset or an invitation. */
/** Changes the signed-in person's password; their other sessions end, this one goes on. */
export const changeMyPassword = (currentPassword: string, newPassword: string) =>
  api<void>('/api/v1/me/password', { method: 'POST', body: { currentPassword, newPassword } });

export const setPasswordWithToken = (purpose: 'reset' | 'invite', token: string, password: string) =>
  api<void>(purpose === 'reset' ? '/api/v1/auth/password-reset/complete' : '/api/v1/auth/invitation/accept', {
    method: 'POST',
    body: { token, password },
    quietUnauthenticated: true,
  });
