import { Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { RocDatePicker } from '../../common/dates/roc-date-picker';
import { useLots, useVisitedAgencies } from '../hooks/use-parking';
import { parkingText as text } from '../messages';

/** The fields every permit of a visit shares, as the form holds them. */
export interface VisitFormFields {
  lotCode: string;
  agencyVisitedId: string;
  purpose: string;
  validFrom: Dayjs;
  validTo: Dayjs;
}

export const ISO_DAY = 'YYYY-MM-DD';

/** The form's visit fields as the API's `YYYY-MM-DD` window. */
export function visitOf({ validFrom, validTo, purpose, ...fields }: VisitFormFields) {
  return { ...fields, purpose: purpose.trim(), validFrom: validFrom.format(ISO_DAY), validTo: validTo.format(ISO_DAY) };
}

/** Lot, agency visited, purpose and the window: one visit, for one permit or a meeting's list. */
export function VisitFields() {
  const lots = useLots();
  const agencies = useVisitedAgencies();
  return (
    <>
      <Form.Item label={text.lot} name="lotCode" rules={[{ required: true, message: text.lotRequired }]}>
        <Select
          loading={lots.isPending}
          options={(lots.data ?? []).filter((lot) => lot.active).map((lot) => ({ value: lot.code, label: lot.name }))}
        />
      </Form.Item>
      <Form.Item
        label={text.agencyVisited}
        name="agencyVisitedId"
        rules={[{ required: true, message: text.agencyRequired }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={agencies.isPending}
          options={(agencies.data?.items ?? [])
            .filter((agency) => agency.active)
            .map((agency) => ({ value: agency.id, label: agency.name }))}
        />
      </Form.Item>
      <Form.Item
        label={text.purpose}
        name="purpose"
        rules={[{ required: true, whitespace: true, message: text.purposeRequired }, { max: 200 }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        <Form.Item label={text.validFrom} name="validFrom" rules={[{ required: true, message: text.dateRequired }]}>
          <RocDatePicker />
        </Form.Item>
        <Form.Item label={text.validTo} name="validTo" rules={[{ required: true, message: text.dateRequired }]}>
          <RocDatePicker />
        </Form.Item>
      </div>
    </>
  );
}
