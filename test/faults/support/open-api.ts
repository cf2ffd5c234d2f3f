/** The parts of the service's OpenAPI document that the fault tests read. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  description?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  nullable?: boolean;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  description?: string;
  schema?: Schema;
}

interface RawOperation {
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  security?: Record<string, string[]>[];
  responses: Record<string, { description?: string }>;
  'x-required-roles'?: string[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
  components: { schemas: Record<string, Schema> };
}

export interface Operation {
  method: string;
  /** OpenAPI path template, e.g. `/users/{id}` */
  path: string;
  label: string;
  pathParameters: Parameter[];
  queryParameters: Parameter[];
  /** The JSON body schema with references resolved; undefined when the operation takes no JSON body. */
  jsonBody?: Schema;
  /** Content types of a body the operation takes in another form than JSON (uploads). */
  otherBodyTypes: string[];
  bodyRequired: boolean;
  needsToken: boolean;
  /** Roles from `@Roles()` / `@AnyRole()` (the operation's `x-required-roles`), or undefined when public. */
  requiredRoles?: string[];
}

/** Resolves `$ref` and `allOf` so that a schema can be read without the document. */
export function resolveSchema(document: OpenApiDocument, schema: Schema | undefined): Schema | undefined {
  if (!schema) return undefined;
  if (schema.$ref)
    return resolveSchema(document, document.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
  if (schema.allOf?.length) {
    const parts = schema.allOf.map((part) => resolveSchema(document, part) ?? {});
    return parts.reduce<Schema>(
      (merged, part) => ({
        ...merged,
        ...part,
        properties: { ...merged.properties, ...part.properties },
        required: [...(merged.required ?? []), ...(part.required ?? [])],
      }),
      {},
    );
  }
  return schema;
}

/** Every operation of the document, in document order. */
export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, raw]): Operation => {
      const content = raw.requestBody?.content ?? {};
      return {
        method: method.toUpperCase(),
        path,
        label: `${method.toUpperCase()} ${path}`,
        pathParameters: (raw.parameters ?? []).filter((parameter) => parameter.in === 'path'),
        queryParameters: (raw.parameters ?? []).filter((parameter) => parameter.in === 'query'),
        jsonBody: content['application/json']
          ? (resolveSchema(document, content['application/json'].schema) ?? {})
          : undefined,
        otherBodyTypes: Object.keys(content).filter((type) => type !== 'application/json'),
        bodyRequired: raw.requestBody?.required ?? false,
        needsToken: (raw.security ?? []).some((requirement) => 'bearer' in requirement),
        requiredRoles: raw['x-required-roles'],
      };
    }),
  );
}

/** Path parameters that ParseUUIDPipe guards: `id` and every `…Id`. */
export function isIdParameter(parameter: Parameter): boolean {
  return parameter.name === 'id' || /[a-z]Id$/.test(parameter.name);
}

/** Fills a path template; `values` maps parameter names to raw (not yet encoded) values. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
}

/** The collection an item path belongs to: `/fleet/bookings/{id}/cancel` → `/fleet/bookings`. */
export function collectionOf(path: string): string | undefined {
  const index = path.indexOf('/{');
  return index > 0 ? path.slice(0, index) : undefined;
}
