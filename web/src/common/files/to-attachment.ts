import type { Schemas } from '../api/client';

/** The file as the API takes it: JSON with the bytes base64-encoded. */
export function toAttachment(file: File): Promise<Schemas['UploadAttachmentDto']> {
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
