import { Button, Upload } from 'antd';
import { importReportText as text } from './import-text';

/** Picks one CSV or Excel file; the page keeps it until the import is done or another is chosen. */
export function ImportFileButton({ file, onChoose }: { file: File | null; onChoose: (file: File | null) => void }) {
  return (
    <Upload
      accept=".csv,.xlsx"
      maxCount={1}
      fileList={file ? [{ uid: '1', name: file.name }] : []}
      onRemove={() => onChoose(null)}
      beforeUpload={(chosen) => {
        onChoose(chosen);
        return false;
      }}
    >
      <Button>{text.chooseFile}</Button>
    </Upload>
  );
}
