import { domainErrorMessages } from '../../../web/src/common/errors/error-messages';
import { loadErrorMessages } from '../../../web/src/common/errors/error-messages-loader';
import { fieldErrorText } from '../../../web/src/common/errors/error-text';

describe('the zh-TW sentence under a field', () => {
  beforeAll(async () => {
    await loadErrorMessages();
  });

  it('words a validation rule with its parameters', () => {
    expect(fieldErrorText({ field: 'title', code: 'maxLength', params: { max: 200 } })).toBe('長度不得超過 200 個字。');
  });

  it('words a domain rule code given as the field code instead of the generic sentence', () => {
    expect(fieldErrorText({ field: 'unitId', code: 'dormitories.unit_occupied' })).toBe(
      domainErrorMessages['dormitories.unit_occupied'],
    );
    expect(fieldErrorText({ field: 'odometerKm', code: 'fleet.odometer_lower', params: { min: 10 } })).toBe(
      domainErrorMessages['fleet.odometer_lower'],
    );
  });

  it('falls back to the generic sentence for an unknown code', () => {
    expect(fieldErrorText({ field: 'title', code: 'newer.rule' })).toBe('此欄位內容不正確。');
  });
});
