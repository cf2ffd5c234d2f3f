import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import type { paths } from '../../api/schema';
import { api, unwrap, type Schemas } from '../../common/api/client';
import { useKeysetList } from '../../common/lists/use-keyset-list';

export type Occurrence = Schemas['OccurrenceView'];
type OccurrenceFilter = Omit<
  NonNullable<paths['/maintenance/obligation-occurrences']['get']['parameters']['query']>,
  'cursor'
>;

const OCCURRENCES = ['maintenance', 'obligation-occurrences'] as const;
/** A month of one office has far fewer due dates than this; the API's largest page. */
const MONTH_LIMIT = 100;

export function useOccurrenceList(filter: OccurrenceFilter) {
  return useKeysetList([...OCCURRENCES, 'list', filter], (cursor) =>
    unwrap(api.GET('/maintenance/obligation-occurrences', { params: { query: { ...filter, cursor } } })),
  );
}

/** What falls due in the month of `month` (a Taipei date), for the calendar. */
export function useMonthOccurrences(month: Dayjs) {
  const dueFrom = month.startOf('month').format('YYYY-MM-DD');
  const dueTo = month.endOf('month').format('YYYY-MM-DD');
  return useQuery({
    queryKey: [...OCCURRENCES, 'month', dueFrom],
    queryFn: () =>
      unwrap(
        api.GET('/maintenance/obligation-occurrences', { params: { query: { dueFrom, dueTo, limit: MONTH_LIMIT } } }),
      ),
  });
}

export interface Completion {
  occurrence: Occurrence;
  certificate: Schemas['UploadAttachmentDto'];
  fields: Omit<Schemas['CompleteOccurrenceDto'], 'version' | 'certificateAttachmentId'>;
}

/** Uploads the certificate, then completes the occurrence with it; the register reads again. */
export function useCompleteOccurrence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ occurrence, certificate, fields }: Completion) => {
      const path = { id: occurrence.id };
      const uploaded = await unwrap(
        api.POST('/maintenance/obligation-occurrences/{id}/attachments', { params: { path }, body: certificate }),
      );
      return unwrap(
        api.POST('/maintenance/obligation-occurrences/{id}/complete', {
          params: { path },
          body: { ...fields, version: occurrence.version, certificateAttachmentId: uploaded.id },
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['maintenance'] }),
  });
}
