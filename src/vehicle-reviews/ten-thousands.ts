const ONE_DECIMAL = new Intl.NumberFormat('zh-TW', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** NT$ written in 萬元 with one decimal, as the report writes budgets: 567,851,000 → `56,785.1`. */
export function inTenThousands(amount: number): string {
  return ONE_DECIMAL.format(Math.round(amount / 1000) / 10);
}

/** `part` as a percentage of `whole` with two decimals (40.93); 0 when nothing was approved. */
export function percentOf(part: number, whole: number): number {
  return whole ? Math.round((part / whole) * 10000) / 100 : 0;
}
