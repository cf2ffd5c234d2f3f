import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '../../api/schema';
import { api, unwrap, type Schemas } from '../../common/api/client';
import { useKeysetList } from '../../common/lists/use-keyset-list';

export type Dormitory = Schemas['DormitoryView'];
export type Assignment = Schemas['AssignmentView'];
type DormitoryFilter = Omit<NonNullable<paths['/dormitories']['get']['parameters']['query']>, 'cursor'>;
type AssignmentFilter = Omit<NonNullable<paths['/dormitory-assignments']['get']['parameters']['query']>, 'cursor'>;

/** Every query of the dormitory pages starts with this key, so a change reads them all again. */
export const DORMITORIES = ['dormitories'] as const;

export function useDormitoriesChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: DORMITORIES });
}

export function useDormitoryList(filter: DormitoryFilter = {}) {
  return useKeysetList([...DORMITORIES, 'list', filter], (cursor) =>
    unwrap(api.GET('/dormitories', { params: { query: { ...filter, cursor } } })),
  );
}

/** Every dormitory the manager sees, for a picker (the register holds a few dozen). */
export function useAllDormitories() {
  return useQuery({
    queryKey: [...DORMITORIES, 'all'],
    queryFn: async () => {
      const all: Dormitory[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(api.GET('/dormitories', { params: { query: { cursor, limit: 100 } } }));
        all.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return all;
    },
  });
}

export function useDormitory(id: string) {
  return useQuery({
    queryKey: [...DORMITORIES, 'detail', id],
    queryFn: () => unwrap(api.GET('/dormitories/{id}', { params: { path: { id } } })),
  });
}

export function useAssignmentList(filter: AssignmentFilter) {
  return useKeysetList([...DORMITORIES, 'assignments', filter], (cursor) =>
    unwrap(api.GET('/dormitory-assignments', { params: { query: { ...filter, cursor } } })),
  );
}

export function useAgencies() {
  return useQuery({
    queryKey: ['agencies', 'all'],
    queryFn: () => unwrap(api.GET('/agencies', { params: { query: { limit: 100 } } })),
  });
}

export function useTrades() {
  return useQuery({ queryKey: ['trades'], queryFn: () => unwrap(api.GET('/trades')) });
}

export function useCreateDormitory() {
  const changed = useDormitoriesChanged();
  return useMutation({
    mutationFn: (input: Schemas['CreateDormitoryDto']) => unwrap(api.POST('/dormitories', { body: input })),
    onSuccess: changed,
  });
}

export function useAssign() {
  const changed = useDormitoriesChanged();
  return useMutation({
    mutationFn: (input: Schemas['CreateAssignmentDto']) => unwrap(api.POST('/dormitory-assignments', { body: input })),
    onSuccess: changed,
  });
}

export function useMoveOut() {
  const changed = useDormitoriesChanged();
  return useMutation({
    mutationFn: ({ id, ...input }: Schemas['MoveOutDto'] & { id: string }) =>
      unwrap(api.POST('/dormitory-assignments/{id}/move-out', { params: { path: { id } }, body: input })),
    onSuccess: changed,
  });
}

export function useSetMoveOutDeadline() {
  const changed = useDormitoriesChanged();
  return useMutation({
    mutationFn: ({ id, ...input }: Schemas['MoveOutDeadlineDto'] & { id: string }) =>
      unwrap(api.POST('/dormitory-assignments/{id}/move-out-deadline', { params: { path: { id } }, body: input })),
    onSuccess: changed,
  });
}
