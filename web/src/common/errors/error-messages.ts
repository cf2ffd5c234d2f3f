/**
 * zh-TW messages for the service's error codes (contract 2 of the brief). `domainErrorMessages`
 * maps an error body's top-level `code`; `fieldErrorMessages` maps a field rule's `code`, with
 * `{max}`-style placeholders filled from its `params`. This file holds only the keys the web
 * foundation uses; the full table comes with the service's field-level error details.
 */
export const domainErrorMessages: Record<string, string> = {
  'auth.invalid_credentials': '帳號或密碼錯誤，或帳號已停用。',
  'auth.throttled': '登入失敗次數過多，請稍後再試。',
  'auth.unauthenticated': '登入已逾時，請重新登入。',
  'auth.forbidden': '您沒有執行此操作的權限。',
  'auth.csrf_header_missing': '請求來源無法確認，請重新整理頁面後再試。',
  'validation.failed': '輸入的資料有誤，請檢查標示的欄位。',
  'ticket.not_found': '找不到這筆報修案件。',
  'fleet.booking_invalid':
    '派車申請不符規定：出發時間須至少在 1 小時後、90 天內，回程須晚於出發，人數不可超過最大車輛座位數。',
  'fleet.booking_state': '這筆派車申請的狀態已改變，無法執行此操作；請重新整理頁面。',
  'route.not_found': '找不到要求的資料。',
  internal: '系統發生錯誤，請稍後再試；若持續發生，請提供錯誤代碼給系統管理者。',
};

export const fieldErrorMessages: Record<string, string> = {
  isNotEmpty: '此欄位必填。',
  maxLength: '長度不可超過 {max} 個字。',
  isInt: '請輸入整數。',
  min: '不可小於 {min}。',
  max: '不可大於 {max}。',
  isUuid: '請從清單中選擇。',
  isIn: '請從清單中選擇。',
};
