import { ValueTransformer } from 'typeorm';

/** NT$ amounts are bigint columns (a round's ceiling may pass 2^31 元); pg returns them as text. */
export const MONEY: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
