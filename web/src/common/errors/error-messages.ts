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
  'request.headers_too_large': '送出的資料標頭過大，請清除瀏覽器的 Cookie 後再試。',
  'request.timeout': '送出資料的時間過長，請稍後再試。',
  'request.too_deep': '送出的資料層次過深，請檢查後再試。',
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
  'job.future_run': '排程作業不能指定在未來的時間執行。',

  // Notifications
  'notification.not_found': notFound('通知'),
  'maintenance_notification.not_found': notFound('通知'),

  // Maintenance
  'technician.not_found': notFound('維修人員'),
  'maintenance.import_case_invalid': '匯入的案件資料不正確，請依欄位旁的說明修正後再匯入。',
  'import.unreadable_file': '無法讀取此檔案，請上傳 CSV 或 XLSX 格式的檔案。',
  'import.missing_columns': '檔案的標題列缺少必要的欄位，請依範本補齊後再匯入。',
  'import.refused': '檔案內容有誤，未匯入任何資料；請依說明修正後再匯入。',
  'maintenance.import_numbers_gap': '同一年度的案件編號須從 1 起連續編號，不可跳號。',
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
  'dormitory_photo.not_found': notFound('宿舍照片'),
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
  'residence_booking.starts_in_past': '借用開始時間已過，請選擇未來的時段。',
  'dormitories.unit_occupied': '此房間在這段期間已有住戶。',
  'dormitories.assignment_ends_before_start': '遷出日須晚於遷入日。',
  'dormitories.move_out_due_before_start': '應遷出日須晚於遷入日。',
  'dormitories.residence_booked': '此時段已有其他借用申請。',
  'dormitories.residence_booking_window': '結束時間須晚於開始時間。',

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
  'fleet.paper_requester_agency': '所填的申請人帳號不屬於提出書面申請的機關。',
  'fleet.paper_requester_name': '書面申請須填寫申請人姓名。',

  // Parking
  'parking_permit.not_found': notFound('臨時停車證'),
  'parking_permit.stale_version': stale('臨時停車證'),
  'parking_lot.not_found': notFound('停車場'),
  'parking_lot.stale_version': stale('停車場資料'),
  'parking_lot_officer.not_found': notFound('停車場承辦人'),
  'parking.invalid_plate': '車牌號碼不是公路監理機關核發的格式，請依欄位旁的說明修正。',
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
  'asset.no_labels': '沒有符合的財產可列印標籤（已除帳的財產不印），請重新選取。',
  'asset.illegal_movement': '此財產目前的狀態不能辦理這項異動。',
  'asset.illegal_status': '此財產目前的狀態不能改為所選狀態。',
  'asset.early_scrap_needs_reason': '未達最低使用年限即報廢，請填寫原因。',
  'asset.movement_date_out_of_range': '異動日期須在取得日期與今天之間。',
  'asset.location_inactive': '此地點已停用，請改選其他地點。',
  'asset.property_number_category': '財產編號與財物分類不符。',
  'asset.unknown_category': '財物標準分類沒有這個分類編號，請確認後再輸入。',
  'asset.service_life_required': '此分類的最低使用年限由機關自訂，請填寫年限。',
  'asset.service_life_below_minimum': '最低使用年限不能短於財物標準分類所定的年限。',
  'asset_classification.not_found': notFound('分類編號'),
  'asset_stocktake.not_found': notFound('盤點作業'),
  'asset_stocktake.closed': '此盤點作業已結案。',
  'asset_stocktake.lines_unrecorded': '尚有財產未登錄盤點結果，請全部登錄後再結案。',
  'asset_stocktake.not_a_site': '行政中心盤點請選擇行政中心。',
  'asset_stocktake_line.not_found': notFound('盤點項目'),

  // Figures
  'figures.bad_period': '統計期間不正確，請擇一以年度（及月份）或起訖日期查詢。',
  'figures.bad_range': '結束日期不能早於開始日期。',
  'figure_snapshot.not_found': notFound('統計快照'),
  'figures.unknown_placeholder': '句型使用了此統計數字沒有的代入欄位 {placeholder}，可用的欄位為 {allowed}。',
  'figures.sentence_text_length': '句型須為 1 至 500 個字。',

  // Division records
  'division_records.duplicate': '此行政中心在該日已有同類紀錄，請勿重複建立。',
  'division_records.not_a_center': '請選擇行政中心。',
  'division_records.attendance_required': '自衛消防編組訓練請填寫參加人數。',
  'division_records.attendance_range': '參加人數須為 0 至 100000 人。',
  'division_records.kind_unknown': '請從選項中選擇紀錄類別。',
  'division_records.result_file_incomplete': '成果檔案資料不完整，請重新上傳。',

  // Venues
  'venue.rules_broken': '場地申請不符規定，請依各欄說明修正。',
  'venue.clash': '該時段場地（含場佈、復原時間）已有其他預約。',
  'venue.series_clash': '週期性預約中有日期無法預約。',
  'venue.booking_state': '此預約目前的狀態無法執行此操作。',
  'venue.check_in_timing': '尚未到可報到時間或活動已結束。',
  'venue.no_show_timing': '活動尚未開始，無法登記未使用。',
  'venue.location_not_room': '場地須為位置樹中的房間。',
  'venue.bad_period': '查詢期間須為1至31天。',
  'venue_booking.not_found': '找不到此場地預約。',
  'venue_space.not_found': '找不到此場地。',
  'venue_site.not_found': notFound('行政中心的場地'),
  'venue_booking_series.not_found': '找不到此週期性預約。',
  'venue_booking.stale_version': '已被他人修改，請重新整理。',
  'venue_space.stale_version': '已被他人修改，請重新整理。',
  'venue.series_frequency_unknown': '週期請選擇每日或每週。',
  'venue.series_interval_range': '週期間隔須為 1 至 12。',
  'venue.series_on_clash_unknown': '請選擇遇到無法預約的日期時的處理方式。',
  'venue.attendees_range': '參加人數須為 1 至 100000 人。',
  'venue.buffer_range': '場佈與復原時間各為 0 至 480 分鐘。',
  'venue.check_in_time_required': '已報到的預約須有報到時間。',
  'venue.equipment_form': '設備資料格式不正確。',
  'venue.event_kind_unknown': '請從選項中選擇活動類別。',
  'venue.reason_required': '駁回或取消預約時請填寫原因。',
  'venue.booking_status_unknown': '預約狀態不正確。',
  'venue.capacity_range': '容納人數須為 1 至 100000 人。',
  'venue.space_kind_unknown': '請從選項中選擇場地類別。',

  // Vehicle-purchase pre-review (車輛先期審查)
  'vehicle_reviews.round_exists': '此預算年度已開辦先期審查，請勿重複開辦。',
  'vehicle_reviews.filing_closed': '此年度的先期審查已過受理截止日，不能再提出申請。',
  'vehicle_reviews.ceiling_exceeded': '核列後將超過本年度經費上限，請降低核列金額或先調整其他項目。',
  'vehicle_reviews.ceiling_below_approved': '經費上限不得低於已核列的金額。',
  'vehicle_reviews.approved_amount_required': '核列時請填寫核列金額。',
  'vehicle_reviews.reason_required': '不予核列時請說明理由。',
  'vehicle_reviews.budget_year_range': '預算年度須為民國 100 至 300 年。',
  'vehicle_reviews.ceiling_negative': '經費上限不得為負數。',
  'vehicle_reviews.kind_unknown': '請從選項中選擇申請類別。',
  'vehicle_reviews.state_unknown': '申請項目的審查狀態不正確。',
  'vehicle_reviews.quantity_range': '數量須為 1 至 10000。',
  'vehicle_reviews.unit_price_range': '單價須為 1 元至 10 億元。',
  'vehicle_reviews.requested_amount_mismatch': '申請金額須為數量乘以單價。',
  'vehicle_reviews.replaced_age_range': '車齡須為 0 至 100 年。',
  'vehicle_reviews.replaced_km_range': '里程須為 0 至 10,000,000 公里。',
  'vehicle_reviews.approved_amount_above_request': '核列金額不得超過申請金額。',
  'vehicle_reviews.approved_quantity_above_request': '核列數量不得超過申請數量。',
  'vehicle_request_line.not_found': notFound('車輛購置申請'),
  'vehicle_request_line.stale_version': stale('車輛購置申請'),
  'vehicle_review_round.not_found': notFound('審查年度'),
  'vehicle_review_round.stale_version': stale('審查年度'),
  'vehicle_request_attachment.not_found': notFound('附件'),

  // User notifications
  'notifications.email_attempts_negative': '通知的寄送次數不正確。',
  'notifications.kind_unknown': '通知類別不正確。',
  'notifications.link_form': '通知的連結須為本系統的頁面。',
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
  customValidation: '內容不正確，請檢查後再試。',
  isAmount: '請輸入數字，且小數位數不得超過規定。',
  // The one plate rule (src/common/plates): `params` fill the placeholders.
  isTaiwanPlate: '請輸入公路監理機關核發格式的車牌號碼（例如 ABC-1235、AB-1234）；可能有兩種讀法時請加上「-」。',
  'plate.empty': '請輸入車牌號碼。',
  'plate.form': '不是公路監理機關核發的車牌格式；新式車牌為 3 碼英文加 4 碼數字，不含 I、O 及 4（例如 ABC-1235）。',
  'plate.ambiguous': '「{text}」可能是 {readings}，請輸入含「-」的完整車牌。',
  'plate.vehicle_type': '車牌 {plate} 不是所選車種的格式；此車種的車牌例如 {examples}。',
  'import.missing_column': '缺少欄位「{column}」。',
  // A line of an imported file of earlier years: `params` fill the placeholders.
  'import.required': '「{column}」不可空白。',
  'import.bad_date': '「{column}」的「{value}」不是日期；請寫成 112/03/05、1120305 或 2023-03-05。',
  'import.unknown_reference': '「{column}」的「{value}」在本系統查無資料。',
  // A register import's own line problems (src/assets/import).
  'asset_import.bad_property_number':
    '財產編號須為分類編號加 5 或 6 位序號（例如 3140101-03-000123），或分類編號另附財產分號。',
  'asset_import.bad_number': '須為整數。',
  'asset_import.unknown_location':
    '沒有這個存置地點（請寫完整名稱，例如「鳳山行政中心 前棟 2樓 第一會議室」，或代碼 FS-FRONT-2F-201）。',
  'asset_import.number_repeated': '此財產編號在檔案中重複出現。',
  'asset_import.number_registered': '此財產編號已在財產清冊中。',
  'asset_import.quantity_not_one': '每一列登記一件財產，數量須為 1。',
  // Venue booking rules: `params` fill the placeholders.
  'venue.window_order': '結束時間須晚於開始時間。',
  'venue.too_soon': '須於使用（含場佈）前{minutes}分鐘提出申請。',
  'venue.too_far_ahead': '最多僅能預約{days}天內的場地。',
  'venue.too_long': '單次使用最長{maxHours}小時，較長活動請以每日週期預約。',
  'venue.outside_opening_hours': '場地開放時間為{opensAt}至{closesAt}（含場佈與復原）。',
  'venue.closed_day': '{date}為辦公日曆休息日，場地不開放。',
  'venue.over_capacity': '參加人數超過場地容納人數{max}人。',
  'venue.equipment_unknown': '此場地未提供此設備。',
  'venue.equipment_exceeded': '此設備最多可借用{max}件。',
  'venue.equipment_repeated': '設備項目重複。',
  'venue.space_inactive': '此場地暫停使用。',
  'venue.series_too_long': '週期性預約最多{max}個日期。',
  'venue.series_empty': '結束日期早於第一次使用日期。',
  'venue.agency_not_yours': '僅場地管理人員可代其他機關申請。',
  'venue.part_invalid': '組成場地須為同一行政中心的其他場地，且不可重複。',
  'venue.hours_order': '關閉時間須晚於開放時間。',
  'venue.clash': '此時段（含場佈、復原時間）已被其他預約占用，請改選其他時段或場地。',
  // The pre-review's ceiling: `params` are NT$ amounts.
  'vehicle_reviews.ceiling_exceeded': '超過本年度經費上限，尚可核列 {remaining} 元。',
  'vehicle_reviews.ceiling_below_approved': '經費上限不得低於已核列的 {approvedTotal} 元。',
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
