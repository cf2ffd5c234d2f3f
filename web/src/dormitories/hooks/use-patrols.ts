import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../common/api/client';
import { toAttachment } from '../../common/files/to-attachment';
import { DORMITORIES, useDormitoriesChanged } from './use-dormitories';

export type Patrol = Schemas['PatrolDetailView'];
export type Finding = Patrol['findings'][number];

export function usePatrol(id: string | null) {
  return useQuery({
    queryKey: [...DORMITORIES, 'patrol', id],
    queryFn: () => unwrap(api.GET('/dormitory-patrols/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

export function useStartPatrol() {
  const changed = useDormitoriesChanged();
  return useMutation({
    mutationFn: (dormitoryId: string) =>
      unwrap(api.POST('/dormitory-patrols', { body: { dormitoryId, patrolledAt: new Date().toISOString() } })),
    onSuccess: changed,
  });
}

export interface FindingInput {
  finding: Schemas['AddFindingDto'];
  photo?: File;
}

/** Records the finding (and its repair ticket, in the same step), then uploads its photo. */
export function useAddFinding(patrolId: string) {
  const changed = useDormitoriesChanged();
  return useMutation({
    mutationFn: async ({ finding, photo }: FindingInput) => {
      const path = { id: patrolId };
      const saved = await unwrap(api.POST('/dormitory-patrols/{id}/findings', { params: { path }, body: finding }));
      if (photo) {
        await unwrap(
          api.POST('/dormitory-patrols/{id}/findings/{findingId}/photos', {
            params: { path: { ...path, findingId: saved.id } },
            body: await toAttachment(photo),
          }),
        );
      }
      return saved;
    },
    onSettled: changed,
  });
}

/** The repair ticket a finding opened, as maintenance shows it. */
export function useRepairTicket(id: string) {
  return useQuery({
    queryKey: [...DORMITORIES, 'ticket', id],
    queryFn: () => unwrap(api.GET('/maintenance/tickets/{id}', { params: { path: { id } } })),
  });
}
