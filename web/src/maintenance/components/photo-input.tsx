import { CameraOutlined } from '@ant-design/icons';
import { Button, Upload, type UploadFile } from 'antd';
import type { Schemas } from '../../common/api/client';
import { maintenanceText as text } from '../messages';

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

/**
 * Photos kept in the browser until the form is sent. On a phone, `capture` opens the camera.
 * Used as a controlled form field: its value is Ant Design's file list.
 */
export function PhotoInput({
  id,
  value = [],
  onChange,
  max,
}: {
  id?: string;
  value?: UploadFile[];
  onChange?: (files: UploadFile[]) => void;
  max: number;
}) {
  return (
    <Upload
      accept="image/*"
      capture="environment"
      listType="picture"
      multiple
      maxCount={max}
      fileList={value}
      beforeUpload={() => false}
      onChange={({ fileList }) => onChange?.(fileList)}
    >
      <Button id={id} icon={<CameraOutlined />} disabled={value.length >= max}>
        {text.addPhoto}
      </Button>
    </Upload>
  );
}
