import type { ExampleObject } from '@nestjs/swagger';
import { errorExample } from '../../common/errors/error-example';

/** Request examples of issuing a temporary parking permit. */
export const ISSUE_A_PERMIT: Record<string, ExampleObject> = {
  oneDay: {
    summary: '洽公訪客一日停車證',
    value: {
      lotCode: 'SW',
      agencyVisitedId: '2e4f6a8c-0b1d-4f3a-9c5e-7a9b1c3d5e7f',
      purpose: '出席預算審查會議',
      validFrom: '2026-11-23',
      validTo: '2026-11-23',
      plate: 'ABC-1235',
      vehicleType: 'car',
      visitorName: '林大華',
      visitorPhone: '0912-345-678',
    },
  },
};

export const ISSUE_CONFLICTS = {
  overlap: errorExample(
    '同一車牌期間重疊',
    409,
    'parking.plate_overlap',
    'ABC-1235 already holds permit SW115-00123 at lot SW for part of that window',
    {
      plate: 'ABC-1235',
      lotCode: 'SW',
      existingSerial: 'SW115-00123',
    },
  ),
  full: errorExample('當日臨時車位已滿', 409, 'parking.lot_full', 'lot SW has no temporary space left on 2026-11-23', {
    lotCode: 'SW',
    day: '2026-11-23',
  }),
};

export const ISSUE_BAD_INPUT = {
  plate: errorExample(
    '車牌格式錯誤',
    400,
    'parking.invalid_plate',
    '"FA2233" can be FA-2233 or FA2-233: type it with its dash',
  ),
  window: errorExample(
    '期間不符規定',
    400,
    'parking.invalid_window',
    'the window covers 10 days; a permit covers at most 7',
  ),
};

/** What a scan of a valid permit shows. */
export const VERIFIED_PERMIT = {
  valid: {
    summary: '有效的停車證',
    value: {
      valid: true,
      statusLabel: '有效',
      lotCode: 'SW',
      lotName: '四維行政中心停車場',
      plate: 'ABC-1235',
      validFrom: '2026-11-23',
      validTo: '2026-11-23',
      validity: '115年11月23日 至 115年11月23日',
    },
  },
};

export const UNKNOWN_PERMIT = {
  unknown: errorExample('查無此停車證', 404, 'parking_permit.not_found', 'parking_permit for this code was not found', {
    id: 'for this code',
  }),
};
