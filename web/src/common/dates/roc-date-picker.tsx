import dayjsGenerateConfig from '@rc-component/picker/es/generate/dayjs';
import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ComponentProps } from 'react';
import { parseRocDate, rocYearOf } from './roc-date';

/** Where a format asks for the Gregorian year, write the ROC year instead (as a literal). */
function withRocYear(format: string, value: Dayjs): string {
  return format.replace(/YYYY/g, `[${rocYearOf(value)}]`);
}

/**
 * Ant Design's date logic with ROC years: the input, the panel's header and its year list show
 * `112` for 2023, and typed ROC dates (`112/3/5`, `1120305`) are accepted.
 */
const rocGenerateConfig: typeof dayjsGenerateConfig = {
  ...dayjsGenerateConfig,
  locale: {
    ...dayjsGenerateConfig.locale,
    format: (locale, value, format) => dayjsGenerateConfig.locale.format(locale, value, withRocYear(format, value)),
    parse: (locale, text, formats) => parseRocDate(text) ?? dayjsGenerateConfig.locale.parse(locale, text, formats),
  },
};

const RocPicker = DatePicker.generatePicker<Dayjs>(rocGenerateConfig);

export const ROC_DATE_FORMAT = 'YYYY/MM/DD';

/** A date picker that shows and accepts ROC years; the value is a dayjs date as usual. */
export function RocDatePicker(props: ComponentProps<typeof RocPicker>) {
  return <RocPicker format={ROC_DATE_FORMAT} {...props} />;
}
