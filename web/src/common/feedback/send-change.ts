interface Sendable<TData, TVariables> {
  mutateAsync: (variables: TVariables) => Promise<TData>;
}

interface Outcome<TData> {
  onSuccess?: (data: TData) => void;
  onError?: (error: Error) => void;
}

/**
 * Sends a change and then says how it went, even when the component that sent it is gone by then.
 * A change often replaces the form that sent it (a unit assigned shows its occupant instead of the
 * form), and TanStack Query drops the callbacks given to `mutate` when their component unmounts:
 * the confirmation was lost whenever the new data arrived first.
 */
export function sendChange<TData, TVariables>(
  mutation: Sendable<TData, TVariables>,
  variables: TVariables,
  { onSuccess, onError }: Outcome<TData>,
): void {
  // Without onError the failure stays on the mutation's state, where a mounted form shows it.
  void mutation.mutateAsync(variables).then(onSuccess, onError ?? (() => undefined));
}
