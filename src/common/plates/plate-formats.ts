/**
 * The plate formats Taiwan's licensing authority (交通部公路局, formerly 公路總局) issues, as one
 * table by scheme and vehicle type. Sources, cited per row below:
 *
 * [DGH-2012] The authority's coding principle for the plates issued since late 2012:
 *   「新式汽機車號牌編碼原則：前3英文代碼，後4數字代號，代碼英文字母「I」、「O」去除；代號之阿拉伯
 *   數字「4」去除（皆不使用「4」字）」, and 「現行核發之車牌號碼採不分車種1車1號，以3英文代碼與4數字代號
 *   組合」 (the authority's 2022 public survey of plate codes, reported by TVBS News,
 *   https://news.tvbs.com.tw/life/1733302). Its 2023 survey names 普通重型機車, 電動普通重型機車 and
 *   550cc+ 大型重型機車 among the kinds on 3+4 plates, so motorcycles share the scheme.
 * [DGH-2012-NEWS] "New license plates set to take to the streets by end of the year": the DGH adds
 *   a letter to new plates and the old plates stay valid until the vehicle is scrapped (Taipei
 *   Times, 2012-09-22, http://www.taipeitimes.com/News/lang/archives/2012/09/22/2003543335).
 * [MOTC-TYPES] The plate kinds the MOTC issues: 大型汽車號牌, 小型汽車號牌, 重型/輕型機車號牌, 拖車號牌
 *   (https://en.wikipedia.org/wiki/Vehicle_registration_plates_of_Taiwan, "Types of number plates").
 * [OLD-SCHEMES] The 1992-series layouts still on the road, as the project's domain notes record
 *   them from the same sources (shared/domain.md, "Licence plates"): large vehicles 3 letters + 3
 *   digits (KAQ-230); trailers 2 letters + 3 digits (XA-032); older cars AB-1234 / 1234-AB with
 *   mixed codes F2-2233 / 2F-2233; commercial AB-123 / 123-AB; older trailers AB-12 / 12-AB; older
 *   motorcycles FAA-233 / FA2-233 / 123-ABC. Old plates stay valid, so a 4, an I or an O in an
 *   old layout is no error.
 */

export const VEHICLE_TYPES = ['car', 'motorcycle', 'large', 'trailer'] as const;
export type VehicleType = (typeof VEHICLE_TYPES)[number];

export const VEHICLE_TYPE_LABELS: Record<VehicleType, string> = {
  car: '小型汽車',
  motorcycle: '機車',
  large: '大型汽車',
  trailer: '拖車',
};

export interface PlateFormat {
  /** Stable name of the format, for tests and logs. */
  name: string;
  scheme: 'since-2012' | '1992-series';
  vehicleTypes: readonly VehicleType[];
  /** Matches the stored form: upper case, one ASCII dash. */
  pattern: RegExp;
  example: string;
}

/** Letters of the 2012 scheme: A–Z without I and O [DGH-2012]. */
const NEW_LETTER = '[A-HJ-NP-Z]';
/** Digits of the 2012 scheme: 0–9 without 4 [DGH-2012]. */
const NEW_DIGIT = '[0-35-9]';

export const PLATE_FORMATS: readonly PlateFormat[] = [
  {
    // [DGH-2012]: 3 letters + 4 digits for cars and motorcycles alike (不分車種), no I, O or 4.
    name: 'three-letters-four-digits',
    scheme: 'since-2012',
    vehicleTypes: ['car', 'motorcycle'],
    pattern: new RegExp(`^${NEW_LETTER}{3}-${NEW_DIGIT}{4}$`),
    example: 'ABC-1235',
  },
  {
    // [OLD-SCHEMES], [MOTC-TYPES] 大型汽車號牌: 3 letters + 3 digits.
    name: 'large-three-letters-three-digits',
    scheme: 'since-2012',
    vehicleTypes: ['large'],
    pattern: /^[A-Z]{3}-\d{3}$/,
    example: 'KAQ-230',
  },
  {
    // [OLD-SCHEMES], [MOTC-TYPES] 拖車號牌: 2 letters + 3 digits.
    name: 'trailer-two-letters-three-digits',
    scheme: 'since-2012',
    vehicleTypes: ['trailer'],
    pattern: /^[A-Z]{2}-\d{3}$/,
    example: 'XA-032',
  },
  {
    // [OLD-SCHEMES] older cars: a 2-character code (letters, or a letter and a digit: F2, 2F) + 4 digits.
    name: 'car-code-four-digits',
    scheme: '1992-series',
    vehicleTypes: ['car'],
    pattern: /^(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])-\d{4}$/,
    example: 'AB-1234',
  },
  {
    // [OLD-SCHEMES] older cars, digits first.
    name: 'car-four-digits-letters',
    scheme: '1992-series',
    vehicleTypes: ['car'],
    pattern: /^\d{4}-[A-Z]{2}$/,
    example: '1234-AB',
  },
  {
    // [OLD-SCHEMES] commercial vehicles (營業車), small and large: 2 letters + 3 digits or reversed.
    name: 'commercial-letters-three-digits',
    scheme: '1992-series',
    vehicleTypes: ['car', 'large'],
    pattern: /^(?:[A-Z]{2}-\d{3}|\d{3}-[A-Z]{2})$/,
    example: 'FA-233',
  },
  {
    // [OLD-SCHEMES] older trailers: 2 letters + 2 digits or reversed.
    name: 'trailer-letters-two-digits',
    scheme: '1992-series',
    vehicleTypes: ['trailer'],
    pattern: /^(?:[A-Z]{2}-\d{2}|\d{2}-[A-Z]{2})$/,
    example: 'FA-23',
  },
  {
    // [OLD-SCHEMES] older motorcycles: a 3-character code (FAA, or mixed FA2) + 3 digits.
    name: 'motorcycle-code-three-digits',
    scheme: '1992-series',
    vehicleTypes: ['motorcycle'],
    pattern: /^[A-Z]{2}[A-Z\d]-\d{3}$/,
    example: 'FAA-233',
  },
  {
    // [OLD-SCHEMES] older motorcycles, digits first.
    name: 'motorcycle-three-digits-letters',
    scheme: '1992-series',
    vehicleTypes: ['motorcycle'],
    pattern: /^\d{3}-[A-Z]{3}$/,
    example: '123-ABC',
  },
];

/** The formats a vehicle type's plate may have. */
export function formatsOf(vehicleType: VehicleType): PlateFormat[] {
  return PLATE_FORMATS.filter((format) => format.vehicleTypes.includes(vehicleType));
}

/** `ABC-1235, AB-1234, …` for messages and API docs. */
export function examplesOf(vehicleType: VehicleType): string {
  return formatsOf(vehicleType)
    .map((format) => format.example)
    .join(', ');
}
