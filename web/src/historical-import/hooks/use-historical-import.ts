import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../common/api/client';

export type ImportKind = Schemas['ImportReportView']['kind'];
export type ImportReport = Schemas['ImportReportView'];
export type ImportFile = Schemas['ImportFileDto'];

interface ImportRequest {
  kind: ImportKind;
  file: ImportFile;
}

/** Checks the file line by line; the service writes nothing. */
export function usePreviewImport() {
  return useMutation({
    mutationFn: ({ kind, file }: ImportRequest) =>
      unwrap(api.POST('/imports/{kind}/preview', { params: { path: { kind } }, body: file })),
  });
}

/** Imports every line or none; every list may now show the imported records. */
export function useImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, file }: ImportRequest) =>
      unwrap(api.POST('/imports/{kind}', { params: { path: { kind } }, body: file })),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
