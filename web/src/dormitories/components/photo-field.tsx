import type { Schemas } from '../../common/api/client';

/** The file as the API takes it: JSON with the bytes base64-encoded. */
export function toUpload(file: File): Promise<Schemas['UploadAttachmentDto']> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const dataUrl = String(reader.result);
      resolve({ fileName: file.name, contentType: file.type, dataBase64: dataUrl.slice(dataUrl.indexOf(',') + 1) });
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

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
