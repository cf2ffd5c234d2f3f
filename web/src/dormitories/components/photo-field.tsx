/** One photo from the phone's camera (or a file), as a controlled form field holding the File. */
export function PhotoField({ id, onChange }: { id?: string; value?: File; onChange?: (file?: File) => void }) {
  return (
    <input
      id={id}
      type="file"
      accept="image/*"
      capture="environment"
      onChange={(event) => onChange?.(event.target.files?.[0])}
      style={{ maxWidth: '100%' }}
    />
  );
}
