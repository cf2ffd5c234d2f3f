import { InputNumber } from 'antd';
import type { ComponentProps } from 'react';

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/** A whole NT$ amount, shown with thousands separators as the office reads money. */
export function AmountInput(props: ComponentProps<typeof InputNumber<number>>) {
  return (
    <InputNumber<number>
      min={0}
      precision={0}
      inputMode="numeric"
      formatter={(value) => `${value ?? ''}`.replace(THOUSANDS, ',')}
      parser={(text) => Number((text ?? '').replace(/,/g, ''))}
      style={{ width: '100%' }}
      {...props}
    />
  );
}
