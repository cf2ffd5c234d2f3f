/**
 * The zh-TW wording of every error the API can send. The API's `message` is English and meant for
 * logs; users read these. `domainErrorMessages` is keyed by the error body's top-level `code`;
 * `fieldErrorMessages` by the `code` of an entry of `details.fields` (a class-validator constraint
 * name), with `{max}`-style placeholders filled from the entry's `params`. A field entry whose code
 * is a domain rule (`fleet.odometer_lower`) is worded by `domainErrorMessages`.
 *
 * This file imports nothing from the service: the web app bundles it. A unit test of the service
 * (`src/common/errors/error-messages.spec.ts`) fails when a code the API can send has no message here.
 */

/** Shown when a code is not in the tables (a newer server than this page). */
export const fallbackErrorMessage = '系統無法完成您的要求，請稍後再試；如持續發生，請洽系統管理者並提供錯誤代碼。';

const notFound = (what: string) => `查無此${what}，可能已被刪除，或您沒有檢視的權限。`;
const stale = (what: string) => `此${what}已由他人更新，請重新整理頁面後再修改。`;

export const domainErrorMessages: Record<string, string> = {
  // The request and the framework
  'validation.failed': '部分欄位的內容不正確，請依欄位旁的說明修正後再送出。',
  'request.invalid': '送出的資料格式不正確，請檢查後再試。',
  'request.unprocessable': '送出的資料無法處理，請檢查後再試。',
  'request.too_large': '送出的資料或檔案過大，請縮小後再試。',
  'request.unsupported_media_type': '不支援此資料格式。',
  'request.uri_too_long': '網址過長，請縮小查詢條件後再試。',
  'request.throttled': '操作過於頻繁，請稍候再試。',
  'route.not_found': '查無此頁面或功能。',
  'route.method_not_allowed': '此功能不支援這項操作。',
  'service.unavailable': '系統暫時無法提供服務，請稍後再試。',
  'pagination.bad_cursor': '分頁資訊已失效，請回到第一頁重新查詢。',
  'period.invalid': '查詢期間不正確，請確認起訖日期。',
  conflict: '資料與現有紀錄衝突，請重新整理後再試。',
  internal: '系統發生非預期的錯誤，請稍後再試；如持續發生，請洽系統管理者並提供錯誤代碼。',
  forbidden: '您沒有執行此項操作的權限。',

  // The database's own rules
  'conflict.unique': '已有相同的資料，請勿重複建立。',
  'conflict.overlap': '與既有紀錄的時段重疊，請改選其他時段。',
  'conflict.concurrent': '同時有其他人在處理相同資料，請重新整理後再試。',
  'reference.invalid': '所選的資料不存在或仍在使用中，請重新選擇。',
  'rule.violated': '資料不符合規定，請檢查後再試。',
  'value.required': '尚有必填資料未填寫。',
  'value.invalid': '資料格式不正確或超出範圍。',
  'database.unavailable': '系統資料庫暫時無法連線，請稍後再試。',
  'database.timeout': '系統處理逾時，請稍後再試。',

  // Signing in and access
  'auth.unauthenticated': '您尚未登入或登入已逾時，請重新登入。',
  'auth.invalid_credentials': '帳號或密碼錯誤，或帳號已停用。',
  'auth.throttled': '登入失敗次數過多，帳號暫時鎖定，請稍後再試。',
  'auth.forbidden': '您的角色沒有執行此項操作的權限。',
  'auth.route_without_roles': '此功能尚未開放。',
  'auth.csrf_header_missing': '請求缺少安全性標頭，請重新整理頁面後再試。',
  'user.not_found': notFound('使用者'),
  'user.self_change': '您不能停用自己的帳號或變更自己的角色。',
  'user.wrong_password': '目前的密碼不正確。',
  'agency.not_found': notFound('機關'),
  'location.not_found': notFound('地點'),
  'location.parent_required': '請選擇此地點所屬的上一層（行政中心、大樓或樓層）。',
  'location.site_has_no_parent': '行政中心為最上層地點，不能設定上一層。',
  'location.wrong_parent_kind': '所選的上一層地點類別不正確。',
  'trade.not_found': notFound('維修工種'),
  'job.not_found': notFound('排程作業'),
  'job.already_ran': '此排程作業在該期間已執行過。',

  // Notifications
  'notification.not_found': notFound('通知'),
  'maintenance_notification.not_found': notFound('通知'),

  // Maintenance
  'maintenance_ticket.not_found': notFound('報修案件'),
  'maintenance_ticket.stale_version': stale('報修案件'),
  'maintenance_ticket.illegal_transition': '案件目前的狀態不能進行此項操作，請重新整理後再試。',
  'maintenance_ticket.input_required': '此項操作尚有必填資料未填寫。',
  'maintenance_ticket.not_assignable': '所選人員不是具備維修工種的技術員，無法指派。',
  'maintenance_ticket_attachment.not_found': notFound('附件'),
  'maintenance_attachment.too_large': '檔案過大，請縮小後再上傳。',
  'maintenance_attachment.type_not_allowed': '不接受此檔案類型，請上傳圖片或 PDF 檔。',
  'maintenance_attachment.content_mismatch': '檔案內容與副檔名不符，請確認檔案後再上傳。',
  'maintenance_attachment.empty': '檔案沒有內容，請重新選擇。',
  'maintenance_kpi.bad_period': '統計期間不正確，請確認起訖日期。',
  'maintenance_sla_policy.not_found': notFound('服務時效設定'),
  'maintenance_sla_policy.stale_version': stale('服務時效設定'),
  'maintenance_obligation.not_found': notFound('法定檢查項目'),
  'maintenance_obligation.stale_version': stale('法定檢查項目'),
  'maintenance_obligation.already_completed': '此次檢查已辦理完成。',
  'maintenance_obligation.certificate_required': '辦理完成前，請先上傳檢查合格證明或報告。',
  'maintenance_obligation.location_kind': '法定檢查項目只能設於行政中心或大樓，不能設於樓層或房間。',
  'maintenance_obligation.other_kind_name': '類別為「其他」時，請填寫項目名稱；其他類別請勿填寫。',
  'maintenance_obligation.failed_items': '結果為不合格時，請列出不合格項目；結果為合格時，請勿填寫。',
  'maintenance_obligation.completed_in_future': '辦理日期不能晚於今天。',
  'maintenance_obligation.due_date_locked': '已開立工單，不能再變更到期日。',
  'maintenance_obligation_attachment.not_found': notFound('附件'),
  'maintenance_obligation_occurrence.not_found': notFound('檢查期次'),
  'maintenance_obligation_occurrence.stale_version': stale('檢查期次'),

  // Dormitories
  'dormitory.not_found': notFound('宿舍'),
  'dormitory.stale_version': stale('宿舍資料'),
  'dormitory.removed': '此宿舍已拆除或移交，不能再變更。',
  'dormitory.occupied': '此宿舍仍有住戶，請先登錄遷出。',
  'dormitory.single_unit': '只有多房間職務宿舍可以有多個房間；其他宿舍以整戶配住。',
  'dormitory_unit.not_found': notFound('宿舍房間'),
  'dormitory_assignment.not_found': notFound('配住紀錄'),
  'dormitory_assignment.stale_version': stale('配住紀錄'),
  'dormitory_assignment.closed': '此配住紀錄已登錄遷出日期。',
  'dormitory_assignment.occupant_required': '請選擇住戶帳號，或填寫住戶姓名及所屬機關。',
  'dormitory_patrol.not_found': notFound('巡查紀錄'),
  'dormitory_patrol_finding.not_found': notFound('巡查缺失'),
  'dormitory_patrol_finding.repair_open': '此缺失已開立報修案件。',
  'residence_check.not_found': notFound('居住事實查考紀錄'),
  'residence_check.stale_version': stale('居住事實查考紀錄'),
  'residence_check.already_recorded': '此查考結果已登錄。',
  'residence_check_campaign.not_found': notFound('居住事實查考作業'),
  'residence_booking.not_found': notFound('首長宿舍借用申請'),
  'residence_booking.stale_version': stale('借用申請'),
  'residence_booking.not_lendable': '此宿舍不開放借用辦理活動。',
  'residence_booking.invalid_transition': '借用申請目前的狀態不能進行此項操作。',

  // Official cars
  'booking.not_found': notFound('派車申請'),
  'booking.stale_version': stale('派車申請'),
  'vehicle.not_found': notFound('車輛'),
  'vehicle.stale_version': stale('車輛資料'),
  'driver.not_found': notFound('駕駛'),
  'driver.stale_version': stale('駕駛資料'),
  'trip.not_found': notFound('行程紀錄'),
  'fleet_warning.not_found': notFound('車輛到期提醒'),
  'fleet.bad_period': '統計期間不正確，請確認起訖日期。',
  'fleet.booking_invalid': '派車申請不符合規定，請依說明修正後再送出。',
  'fleet.booking_state': '派車申請目前的狀態不能進行此項操作，請重新整理後再試。',
  'fleet.vehicle_not_assignable': '此車輛目前不能派用（保險、檢驗逾期，或維修中、已報廢）。',
  'fleet.driver_not_assignable': '此駕駛目前不能派用。',
  'fleet.not_a_driver': '所選人員不是駕駛。',
  'fleet.seats_exceeded': '乘車人數超過此車輛的座位數。',
  'fleet.driver_required': '此申請需要駕駛，請指派駕駛。',
  'fleet.double_booked': '此車輛或駕駛在該時段已有其他任務，請改選其他車輛、駕駛或時段。',
  'fleet.pool_incompatible': '此申請的用車時段與該趟行程不重疊，無法併車。',
  'fleet.odometer_lower': '里程數不能低於該車輛上次登錄的里程。',
  'fleet.trip_state': '行程目前的狀態不能進行此項操作。',

  // Parking
  'parking_permit.not_found': notFound('臨時停車證'),
  'parking_permit.stale_version': stale('臨時停車證'),
  'parking_lot.not_found': notFound('停車場'),
  'parking_lot.stale_version': stale('停車場資料'),
  'parking_lot_officer.not_found': notFound('停車場承辦人'),
  'parking.invalid_plate': '車牌號碼格式不正確，請依「ABC-1234」格式填寫。',
  'parking.invalid_window': '停車期間不正確，請確認起訖日期。',
  'parking.invalid_period': '統計期間不正確，請確認起訖日期。',
  'parking.not_lot_officer': '您不是此停車場的承辦人，不能核發停車證。',
  'parking.not_an_officer': '所選人員不是停車證核發承辦人。',
  'parking.lot_inactive': '此停車場目前不受理核發停車證。',
  'parking.plate_overlap': '此車牌在該期間已持有有效的臨時停車證。',
  'parking.duplicate_plate': '同一批申請中有重複的車牌。',
  'parking.lot_full': '停車場在所選日期已無臨時車位。',
  'parking.permit_not_active': '此停車證已失效或已註銷。',
  'parking.bulk_refused': '整批申請未核發，請依各列說明修正後再送出。',

  // Property
  'asset.not_found': notFound('財產'),
  'asset.stale_version': stale('財產資料'),
  'asset.disposed': '此財產已除帳，不能再變更。',
  'asset.illegal_movement': '此財產目前的狀態不能辦理這項異動。',
  'asset.illegal_status': '此財產目前的狀態不能改為所選狀態。',
  'asset.early_scrap_needs_reason': '未達最低使用年限即報廢，請填寫原因。',
  'asset.movement_date_out_of_range': '異動日期須在取得日期與今天之間。',
  'asset.location_inactive': '此地點已停用，請改選其他地點。',
  'asset.property_number_category': '財產編號與財物分類不符。',
  'asset_stocktake.not_found': notFound('盤點作業'),
  'asset_stocktake.closed': '此盤點作業已結案。',
  'asset_stocktake.lines_unrecorded': '尚有財產未登錄盤點結果，請全部登錄後再結案。',
  'asset_stocktake.not_a_site': '行政中心盤點請選擇行政中心。',
  'asset_stocktake_line.not_found': notFound('盤點項目'),

  // Figures
  'figures.bad_period': '統計期間不正確，請擇一以年度（及月份）或起訖日期查詢。',
  'figures.bad_range': '結束日期不能早於開始日期。',
  'figure_snapshot.not_found': notFound('統計快照'),
};

/** Placeholders: `{min}`, `{max}` and any other key of the entry's `params` (a list is joined by 、). */
export const fieldErrorMessages: Record<string, string> = {
  isNotEmpty: '此欄位為必填。',
  isDefined: '此欄位為必填。',
  isString: '請輸入文字。',
  isInt: '請輸入整數。',
  isNumber: '請輸入數字。',
  isBoolean: '請選擇是或否。',
  isDate: '請輸入正確的日期時間。',
  isDateString: '請輸入正確的日期時間。',
  isIso8601: '請輸入存在的日期（例如 113/03/05）。',
  isUuid: '請從清單中選擇。',
  // `params.values` are the API's codes, not words for people: the page shows its own option labels.
  isIn: '請從選項中選擇。',
  isEnum: '請從選項中選擇。',
  isEmail: '請輸入正確的電子郵件地址。',
  isBase64: '檔案內容無法讀取，請重新選擇檔案。',
  isArray: '請提供一份清單。',
  isObject: '資料格式不正確。',
  matches: '格式不正確。',
  maxLength: '長度不得超過 {max} 個字。',
  minLength: '長度至少需 {min} 個字。',
  isLength: '長度須在 {min} 至 {max} 個字之間。',
  min: '不得小於 {min}。',
  max: '不得大於 {max}。',
  minDate: '日期不得早於 {min}。',
  maxDate: '日期不得晚於 {max}。',
  arrayMinSize: '至少需有 {min} 項。',
  arrayMaxSize: '最多 {max} 項。',
  arrayUnique: '清單中有重複的項目。',
  nestedValidation: '資料格式不正確。',
  whitelistValidation: '系統不接受此欄位。',
  unknownValue: '資料格式不正確。',
};

function fillPlaceholders(template: string, params: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return Array.isArray(value) ? value.join('、') : String(value);
  });
}

/** The zh-TW message of one `details.fields` entry. */
export function fieldErrorMessage(error: { code: string; params?: Record<string, unknown> }): string {
  const template = fieldErrorMessages[error.code] ?? domainErrorMessages[error.code] ?? fallbackErrorMessage;
  return fillPlaceholders(template, error.params);
}

/** The zh-TW message of an error body's top-level `code`. */
export function domainErrorMessage(code: string): string {
  return domainErrorMessages[code] ?? fallbackErrorMessage;
}
