import { Form, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { familyText as text } from '../family-text';
import { useFamilyDormitories } from '../hooks/use-family-dormitories';

export const isoDay = (day: Dayjs) => day.format('YYYY-MM-DD');

/** The family dormitory a clearance, a lawsuit or a loan is about (API field `dormitoryId`). */
export function FamilyDormitoryField() {
  const dormitories = useFamilyDormitories();
  return (
    <Form.Item name="dormitoryId" label={text.dormitory} rules={[{ required: true }]}>
      <Select
        loading={dormitories.isPending}
        options={dormitories.data?.items.map((dormitory) => ({
          value: dormitory.id,
          label: `${dormitory.code} ${dormitory.name}`,
        }))}
      />
    </Form.Item>
  );
}
