import type { OpenAPIObject, OperationObject, ResponseObject, SecurityRequirementObject } from '@nestjs/swagger';
import { Role, ROLE_LABELS, ROLES } from '../identity/role';
import { RouteAccess } from './open-api-routes';
import { TAGS } from './open-api-tags';

/** The two ways to authenticate: either one satisfies an operation's security. */
export const AUTHENTICATED: SecurityRequirementObject[] = [{ bearer: [] }, { session: [] }];

const ERROR_BODY = { $ref: '#/components/schemas/ErrorBody' };
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

interface StandardError {
  description: string;
  example?: { code: string; message: string; details?: Record<string, unknown> };
}

/** What every route of a kind can answer, whatever its own rules add. */
const STANDARD_ERRORS: Record<number, StandardError> = {
  400: {
    description:
      '請求不正確，什麼都沒有寫入：`request.invalid` 或 `validation.failed`，`details.fields` 逐一列出違反規則的欄位（`field` 為欄位路徑，`code` 為規則代碼，`params` 為規則的數值）。',
    example: {
      code: 'validation.failed',
      message: 'invalid input: title',
      details: {
        fields: [{ field: 'title', code: 'maxLength', message: 'title 不可超過 200 字', params: { max: 200 } }],
      },
    },
  },
  401: {
    description: '未登入，或權杖、工作階段無效或已過期：`auth.unauthenticated`。請重新登入。',
    example: { code: 'auth.unauthenticated', message: 'a valid bearer token is required' },
  },
  403: {
    description:
      '沒有權限：`auth.forbidden`（不具所需角色）；以 cookie 工作階段送出非 GET 請求卻缺少標頭 `X-Requested-With: facilities-ops`：`auth.csrf_header_missing`。',
    example: { code: 'auth.forbidden', message: 'this needs one of the roles: dispatcher' },
  },
  404: { description: '找不到資料，或資料不在您的機關範圍內：`<資料>.not_found`，`details.id` 為查詢的識別碼。' },
  409: { description: '與現有資料衝突（重複、時段重疊、狀態不允許，或資料已被他人修改 `<資料>.stale_version`）。' },
  422: { description: '資料格式正確，但違反業務規則（參照的資料不存在或不適用、數量或日期不合理）。' },
  429: {
    description: '請求太頻繁：`request.throttled`，請依 `Retry-After` 標頭的秒數後再試。',
    example: { code: 'request.throttled', message: 'too many requests' },
  },
  503: { description: '服務暫時無法完成（例如資料庫或相關模組無法使用）：`service.unavailable`，未寫入任何資料。' },
};

function roleNames(roles: readonly Role[]): string {
  return roles.map((role) => `${ROLE_LABELS[role]}（\`${role}\`）`).join('、');
}

/** The sentence every operation ends with: who may call it. */
function accessSentence(route: RouteAccess): string {
  if (route.isPublic) return '**權限**：公開，不需登入。';
  const everyRole = ROLES.every((role) => route.roles.includes(role));
  if (everyRole) return '**權限**：任何已登入的使用者；只看得到或只能處理自己機關範圍內的資料。';
  const named = route.roles.filter((role) => role !== 'admin');
  return `**權限**：${roleNames(named)}；系統管理者一律可呼叫。`;
}

function joinText(...parts: Array<string | undefined>): string {
  return parts.filter((part) => part?.trim()).join('\n\n');
}

function errorResponse(status: number, given: ResponseObject | undefined, lead?: string): ResponseObject {
  const standard = STANDARD_ERRORS[status];
  const own = given?.description?.trim();
  const description = lead ? joinText(lead, own) : own || standard?.description || '錯誤';
  // The global exception filter answers every failure with ErrorBody as JSON, whatever the route produces.
  const givenMedia = given?.content?.['application/json'];
  const media = { ...givenMedia, schema: ERROR_BODY };
  if (standard?.example && !media.example && !media.examples) {
    media.example = { statusCode: status, ...standard.example, requestId: '3f0c8a9e-0a51-4b8e-9a57-4d6d2c1c5f1e' };
  }
  return { ...given, description, content: { 'application/json': media } };
}

function errorStatusesOf(operation: OperationObject, route: RouteAccess): number[] {
  const parameters = (operation.parameters ?? []) as Array<{ in?: string }>;
  const statuses = Object.keys(operation.responses)
    .map(Number)
    .filter((status) => status >= 400);
  if (operation.requestBody || parameters.length) statuses.push(400);
  if (parameters.some((parameter) => parameter.in === 'path')) statuses.push(404);
  if (!route.isPublic) statuses.push(401, 403);
  return [...new Set(statuses)].sort((a, b) => a - b);
}

function applyToOperation(operation: OperationObject, route: RouteAccess): void {
  operation.security = route.isPublic ? [] : AUTHENTICATED;
  // Machine-readable for clients and the access sweep (test/faults/access.faults-spec.ts).
  if (!route.isPublic)
    (operation as OperationObject & { 'x-required-roles'?: Role[] })['x-required-roles'] = [...route.roles];
  operation.description = joinText(operation.description, accessSentence(route));
  operation.tags = (operation.tags ?? []).map((tag) => TAGS[tag]?.name ?? tag);
  const responses = operation.responses as Record<string, ResponseObject>;
  for (const status of errorStatusesOf(operation, route)) {
    const leads: Record<number, string | undefined> = {
      400: STANDARD_ERRORS[400].description,
      403: route.isPublic ? undefined : STANDARD_ERRORS[403].description,
    };
    responses[status] = errorResponse(status, responses[status], leads[status]);
  }
}

/**
 * Makes the document say what the global guards and pipes do, so no controller has to repeat it:
 * each operation's security (bearer or session cookie, or public), who may call it, the errors
 * every route of its kind can return with the one error body, and the zh-TW tag names.
 */
export function applyOpenApiConventions(document: OpenAPIObject, routes: RouteAccess[]): void {
  const byOperationId = new Map(routes.map((route) => [route.operationId, route]));
  const usedTags = new Set<string>();
  for (const pathItem of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const route = operation.operationId ? byOperationId.get(operation.operationId) : undefined;
      if (!route) throw new Error(`OpenAPI: no route found for operation ${operation.operationId}`);
      applyToOperation(operation, route);
      operation.tags?.forEach((tag) => usedTags.add(tag));
    }
  }
  const known = Object.values(TAGS).filter((tag) => usedTags.has(tag.name));
  const unknown = [...usedTags].filter((name) => !known.some((tag) => tag.name === name));
  document.tags = [...known, ...unknown.map((name) => ({ name }))];
}
