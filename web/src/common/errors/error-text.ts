import { ApiError } from '../api/client';
import { loadedErrorMessages } from './error-messages-loader';

export interface FieldProblem {
  field: string;
  code?: string;
  message?: string;
  params?: Record<string, unknown>;
}

const GENERIC_FIELD_MESSAGE = '此欄位內容不正確。';
const GENERIC_MESSAGE = '操作未完成，請稍後再試。';
const OFFLINE_MESSAGE = '無法連線到伺服器，請檢查網路後再試。';

/** The zh-TW sentence for one broken field rule; a domain rule code (`fleet.odometer_lower`) is worded too. */
export function fieldErrorText(problem: FieldProblem): string {
  const { code, params } = problem;
  const known = code ? loadedErrorMessages()?.knownFieldErrorMessage({ code, params }) : undefined;
  return known ?? GENERIC_FIELD_MESSAGE;
}

/** The zh-TW sentence for a failed request: its code's message, else a generic one with the request id. */
export function errorText(error: unknown): string {
  if (!(error instanceof ApiError)) return OFFLINE_MESSAGE;
  const known = loadedErrorMessages()?.domainErrorMessages[error.body.code];
  if (known) return error.body.code === 'internal' ? `${known}（${error.body.requestId}）` : known;
  return error.body.requestId ? `${GENERIC_MESSAGE}（錯誤代碼 ${error.body.requestId}）` : GENERIC_MESSAGE;
}

/** The field problems in an error body's `details.fields`, if any. */
export function fieldProblemsOf(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError)) return [];
  const fields = (error.body.details as { fields?: unknown } | undefined)?.fields;
  return Array.isArray(fields) ? (fields as FieldProblem[]).filter((problem) => typeof problem.field === 'string') : [];
}
