import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../common/api/client';

export type ImportReport = Schemas['AssetImportReportView'];
type ImportFile = Schemas['AssetImportFileDto'];

export function useAgencies() {
  return useQuery({
    queryKey: ['agencies', 'all'],
    queryFn: () => unwrap(api.GET('/agencies', { params: { query: { limit: 100 } } })),
  });
}

/** The preview: the same checks as the import, nothing written. */
export function usePreviewImport() {
  return useMutation({
    mutationFn: (file: ImportFile) => unwrap(api.POST('/assets/import/preview', { body: file })),
  });
}

export function useImportRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: ImportFile) => unwrap(api.POST('/assets/import', { body: file })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['assets'] }),
  });
}
