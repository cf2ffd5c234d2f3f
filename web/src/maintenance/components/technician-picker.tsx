import { Select } from 'antd';
import { useTechnicians } from '../hooks/use-office';
import { officeText as text } from '../office-messages';

/**
 * Chooses one of the trade's technicians, each shown with the open tickets already on them, so
 * that the coordinator can spread the work. A form control: `value` and `onChange` come from Form.Item.
 */
export function TechnicianPicker({
  id,
  tradeCode,
  value,
  onChange,
}: {
  id?: string;
  tradeCode: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
}) {
  const technicians = useTechnicians(tradeCode);
  return (
    <Select
      id={id}
      allowClear
      value={value}
      onChange={onChange}
      loading={technicians.isPending}
      notFoundContent={technicians.isPending ? null : text.noTechnicians}
      options={technicians.data?.map((technician) => ({
        value: technician.userId,
        label: text.technicianOption(technician.displayName, technician.openTickets),
      }))}
    />
  );
}
