import { CameraOutlined } from '@ant-design/icons';
import { Button, Upload, type UploadFile } from 'antd';
import { maintenanceText as text } from '../messages';

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
