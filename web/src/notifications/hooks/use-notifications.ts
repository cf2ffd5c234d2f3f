import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../common/api/client';
import { useKeysetList } from '../../common/lists/use-keyset-list';

export type UserNotification = Schemas['UserNotificationView'];

const NOTIFICATIONS = ['notifications'] as const;
/** The bell asks again now and then, so news reaches a page left open. */
const UNREAD_POLL_MS = 60_000;

export function useUnreadCount() {
  return useQuery({
    queryKey: [...NOTIFICATIONS, 'unread-count'],
    queryFn: () => unwrap(api.GET('/notifications/mine/unread-count')),
    refetchInterval: UNREAD_POLL_MS,
  });
}

/** The user's notifications, newest first, page by page (`unread: true` for the unread only). */
export function useMyNotifications(unread?: boolean) {
  return useKeysetList([...NOTIFICATIONS, 'mine', { unread }], (cursor) =>
    unwrap(api.GET('/notifications/mine', { params: { query: { cursor, unread } } })),
  );
}

/** After a change of read state, the bell, the page and the home summary read again. */
function useNotificationsChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS });
}

export function useMarkRead() {
  const changed = useNotificationsChanged();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: changed,
  });
}

export function useMarkAllRead() {
  const changed = useNotificationsChanged();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/notifications/mine/read-all')),
    onSuccess: changed,
  });
}
