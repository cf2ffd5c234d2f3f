import { useMutation, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../common/api/client';
import { useKeysetList } from '../../common/lists/use-keyset-list';
import { DORMITORIES, useDormitoriesChanged } from './use-dormitories';

export type Clearance = Schemas['ClearanceView'];
export type Lawsuit = Schemas['LawsuitView'];
export type LawsuitDetail = Schemas['LawsuitDetailView'];
export type Loan = Schemas['LoanView'];

/** The family dormitories still on the register, to start a clearance, a lawsuit or a loan on. */
export function useFamilyDormitories() {
  return useQuery({
    queryKey: [...DORMITORIES, 'family'],
    queryFn: () => unwrap(api.GET('/dormitories', { params: { query: { type: 'family', limit: 200 } } })),
  });
}

export function useClearances() {
  return useKeysetList([...DORMITORIES, 'clearances'], (cursor) =>
    unwrap(api.GET('/dormitory-clearances', { params: { query: { cursor } } })),
  );
}

export function useStartClearance() {
  const changed = useDormitoriesChanged();
  return useMutation({
    mutationFn: (input: Schemas['StartClearanceDto']) => unwrap(api.POST('/dormitory-clearances', { body: input })),
    onSuccess: changed,
  });
}

export function useRecordClearanceStep() {
  const changed = useDormitoriesChanged();
  return useMutation({
    mutationFn: ({ id, ...input }: Schemas['RecordClearanceStepDto'] & { id: string }) =>
      unwrap(api.POST('/dormitory-clearances/{id}/steps', { params: { path: { id } }, body: input })),
    onSuccess: changed,
  });
}

export function useLawsuits() {
  return useKeysetList([...DORMITORIES, 'lawsuits'], (cursor) =>
    unwrap(api.GET('/dormitory-lawsuits', { params: { query: { cursor } } })),
  );
}

export function useLawsuit(id: string) {
  return useQuery({
    queryKey: [...DORMITORIES, 'lawsuits', id],
    queryFn: () => unwrap(api.GET('/dormitory-lawsuits/{id}', { params: { path: { id } } })),
  });
}

export function useCreateLawsuit() {
  const changed = useDormitoriesChanged();
  return useMutation({
    mutationFn: (input: Schemas['CreateLawsuitDto']) => unwrap(api.POST('/dormitory-lawsuits', { body: input })),
    onSuccess: changed,
  });
}

export function useUpdateLawsuit() {
  const changed = useDormitoriesChanged();
  return useMutation({
    mutationFn: ({ id, ...input }: Schemas['UpdateLawsuitDto'] & { id: string }) =>
      unwrap(api.PATCH('/dormitory-lawsuits/{id}', { params: { path: { id } }, body: input })),
    onSuccess: changed,
  });
}

export function useAddHearing() {
  const changed = useDormitoriesChanged();
  return useMutation({
    mutationFn: ({ id, ...input }: Schemas['AddHearingDto'] & { id: string }) =>
      unwrap(api.POST('/dormitory-lawsuits/{id}/hearings', { params: { path: { id } }, body: input })),
    onSuccess: changed,
  });
}

export function useAddLawsuitDocument() {
  const changed = useDormitoriesChanged();
  return useMutation({
    mutationFn: ({ id, ...input }: Schemas['UploadAttachmentDto'] & { id: string }) =>
      unwrap(api.POST('/dormitory-lawsuits/{id}/documents', { params: { path: { id } }, body: input })),
    onSuccess: changed,
  });
}

export function useLoans() {
  return useKeysetList([...DORMITORIES, 'loans'], (cursor) =>
    unwrap(api.GET('/dormitory-loans', { params: { query: { cursor } } })),
  );
}

export function useCreateLoan() {
  const changed = useDormitoriesChanged();
  return useMutation({
    mutationFn: (input: Schemas['CreateLoanDto']) => unwrap(api.POST('/dormitory-loans', { body: input })),
    onSuccess: changed,
  });
}
