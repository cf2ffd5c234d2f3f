import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { RocDatePicker } from '../../common/dates/roc-date-picker';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { discrepancyText as text } from '../discrepancy-messages';
import { useAgencies } from '../hooks/use-asset-files';
import { useRegisterSurplus, type Surplus } from '../hooks/use-stocktake-discrepancies';

interface Values {
  categoryCode: string;
  acquisitionDate: Dayjs;
  acquisitionCost: number;
  custodianAgencyId: string;
}

/** Adds a surplus item to the register: what the register needs beyond what the stocktake saw. */
export function RegisterSurplus({ stocktakeId, surplus }: { stocktakeId: string; surplus: Surplus }) {
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const agencies = useAgencies().data?.items ?? [];
  const register = useRegisterSurplus(stocktakeId);
  const report = useErrorReporter();
  if (surplus.registeredAssetId) return <span>{text.registered}</span>;
  if (!open) return <Button onClick={() => setOpen(true)}>{text.register}</Button>;
  const submit = ({ acquisitionDate, ...values }: Values) =>
    register.mutate(
      {
        ...values,
        surplusId: surplus.id,
        name: surplus.name,
        acquisitionDate: acquisitionDate.format('YYYY-MM-DD'),
        locationId: surplus.foundLocationId,
        custodianName: surplus.foundCustodianName ?? undefined,
      },
      { onError: (error) => report(error, form) },
    );
  return (
    <Form form={form} layout="vertical" onFinish={submit} style={{ width: '100%' }}>
      <Form.Item
        name="categoryCode"
        label={text.categoryCode}
        rules={[{ required: true, whitespace: true, message: text.categoryCodeRequired }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="acquisitionDate"
        label={text.acquisitionDate}
        rules={[{ required: true, message: text.acquisitionDateRequired }]}
      >
        <RocDatePicker />
      </Form.Item>
      <Form.Item
        name="acquisitionCost"
        label={text.acquisitionCost}
        rules={[{ required: true, message: text.acquisitionCostRequired }]}
      >
        <InputNumber min={0} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="custodianAgencyId"
        label={text.custodianAgency}
        rules={[{ required: true, message: text.custodianAgencyRequired }]}
      >
        <Select
          aria-label={text.custodianAgency}
          options={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
        />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={register.isPending}>
          {text.save}
        </Button>
        <Button onClick={() => setOpen(false)}>{text.cancel}</Button>
      </Space>
    </Form>
  );
}
