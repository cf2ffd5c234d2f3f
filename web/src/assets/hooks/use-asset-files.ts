import { useMutation, useQuery } from '@tanstack/react-query';
import type { paths } from '../../api/schema';
import { api, unwrap } from '../../common/api/client';

export type StatutoryQuery = NonNullable<paths['/asset-reports/statutory']['get']['parameters']['query']>;
export type LabelSelection = { assetIds?: string[]; locationId?: string };

/** Hands a downloaded file to the browser as a save, under the name the page gives it. */
function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function useAgencies() {
  return useQuery({
    queryKey: ['agencies', 'all'],
    queryFn: () => unwrap(api.GET('/agencies', { params: { query: { limit: 100 } } })),
  });
}

/** Fetches a statutory report (so a refusal shows on the page, worded) and saves it. */
export function useStatutoryReportDownload() {
  return useMutation({
    mutationFn: async ({ query, fileName }: { query: StatutoryQuery; fileName: string }) => {
      const blob = await unwrap(api.GET('/asset-reports/statutory', { params: { query }, parseAs: 'blob' }));
      save(blob as unknown as Blob, fileName);
    },
  });
}

/** Fetches the label sheet of a selection or a location and saves it. */
export function useLabelSheet() {
  return useMutation({
    mutationFn: async (selection: LabelSelection) => {
      const blob = await unwrap(api.POST('/asset-labels', { body: selection, parseAs: 'blob' }));
      save(blob as unknown as Blob, '財產標籤.pdf');
    },
  });
}
