import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../api/client';

export type SessionUser = Schemas['SessionUser'];
export type Role = SessionUser['roles'][number];

const SESSION_KEY = ['session'] as const;

/** Who is signed in (GET /auth/me), or null when nobody is. */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<SessionUser | null> => {
      try {
        return await unwrap(api.GET('/auth/me'));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: Infinity,
  });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: Schemas['LoginDto']) => unwrap(api.POST('/auth/session', { body: credentials })),
    onSuccess: (user) => {
      queryClient.clear();
      queryClient.setQueryData(SESSION_KEY, user);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/auth/session')),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(SESSION_KEY, null);
    },
  });
}

/** Admins may do everything; everybody else what one of their roles allows. */
export function mayUse(user: SessionUser, roles: readonly Role[]): boolean {
  return user.roles.includes('admin') || user.roles.some((role) => roles.includes(role));
}
