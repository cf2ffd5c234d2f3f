import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../common/api/client';
import { toAttachment } from '../../common/files/to-attachment';
import { DORMITORIES, useDormitoriesChanged } from './use-dormitories';

export type Campaign = Schemas['CampaignDetailView'];
export type Check = Campaign['checks'][number];

/** The newest campaign of the manager's agency with its checks, or null before the first one. */
export function useCurrentCampaign() {
  return useQuery({
    queryKey: [...DORMITORIES, 'campaign', 'current'],
    queryFn: async () => {
      const { items } = await unwrap(api.GET('/residence-check-campaigns', { params: { query: { limit: 1 } } }));
      if (!items.length) return null;
      return unwrap(api.GET('/residence-check-campaigns/{id}', { params: { path: { id: items[0].id } } }));
    },
  });
}

export function useOpenCampaign() {
  const changed = useDormitoriesChanged();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/residence-check-campaigns', { body: {} })),
    onSuccess: changed,
  });
}

/** Records one check's outcome, then uploads its photo. */
export function useRecordCheck(campaignId: string) {
  const changed = useDormitoriesChanged();
  return useMutation({
    mutationFn: async ({ checkId, photo, ...input }: Schemas['RecordCheckDto'] & { checkId: string; photo?: File }) => {
      const path = { id: campaignId, checkId };
      const saved = await unwrap(
        api.POST('/residence-check-campaigns/{id}/checks/{checkId}', { params: { path }, body: input }),
      );
      if (photo) {
        await unwrap(
          api.POST('/residence-check-campaigns/{id}/checks/{checkId}/photos', {
            params: { path },
            body: await toAttachment(photo),
          }),
        );
      }
      return saved;
    },
    onSettled: changed,
  });
}
