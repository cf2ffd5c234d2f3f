import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../common/api/client';
import { useKeysetList } from '../../common/lists/use-keyset-list';

export type MovementForm = Schemas['MovementFormView'];
type FormStatus = MovementForm['status'];

const FORMS = ['assets', 'movement-forms'] as const;

export function useMovementFormList(filter: { status?: FormStatus; awaitingMe?: boolean }) {
  return useKeysetList([...FORMS, filter], (cursor) =>
    unwrap(api.GET('/asset-movement-forms', { params: { query: { ...filter, cursor } } })),
  );
}

/** The register's asset with this exact property number, within what the user may see; null when none. */
export async function findAssetByNumber(propertyNumber: string): Promise<Schemas['AssetView'] | null> {
  const page = await unwrap(api.GET('/assets', { params: { query: { search: propertyNumber, limit: 5 } } }));
  return page.items.find((asset) => asset.propertyNumber === propertyNumber) ?? null;
}

/** Every change to a form may also change the register (the last approval takes the asset off it). */
function useFormsChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['assets'] });
}

export function useFileMovementForm() {
  const changed = useFormsChanged();
  return useMutation({
    mutationFn: (body: Schemas['FileMovementFormDto']) => unwrap(api.POST('/asset-movement-forms', { body })),
    onSuccess: changed,
  });
}

type Decision = 'approve' | 'reject' | 'withdraw';

export function useDecideMovementForm() {
  const changed = useFormsChanged();
  return useMutation({
    mutationFn: ({ form, decision, note }: { form: MovementForm; decision: Decision; note?: string }) => {
      const params = { path: { id: form.id } };
      const body = { version: form.version };
      if (decision === 'approve') return unwrap(api.POST('/asset-movement-forms/{id}/approve', { params, body }));
      if (decision === 'withdraw') return unwrap(api.POST('/asset-movement-forms/{id}/withdraw', { params, body }));
      return unwrap(api.POST('/asset-movement-forms/{id}/reject', { params, body: { ...body, note: note ?? '' } }));
    },
    onSuccess: changed,
  });
}
