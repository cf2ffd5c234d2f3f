/** One published figure, e.g. 受理案件 1,059 件, with the sentence the report prints. */
export interface Figure {
  key: string;
  label: string;
  value: number;
  unit: string;
  /** The sentence as the report prints it, e.g. `112年度受理案件計1,059件`. */
  sentence: string;
}
