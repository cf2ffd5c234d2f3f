import { randomUUID } from 'node:crypto';
import { isIdParameter, Operation, Parameter, Schema } from './open-api';

/** One request of the sweep. `strict` cases are certainly invalid: they must get a 4xx and write nothing. */
export interface InputCase {
  name: string;
  strict: boolean;
  pathValues: Record<string, string>;
  query: Record<string, string>;
  body?: { json: unknown } | { raw: string; contentType: string };
}

export const HUGE_STRING = 'x'.repeat(100_000);
const UNKNOWN_FIELD = 'zzUnknownField';
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const BAD_DATES = ['not-a-date', '2026-13-45', '2026-02-30'];
const BAD_DATE_TIMES = ['not-a-date', '2026-13-45T25:61:00Z', '2026-02-30T10:00:00Z'];
/** A JSON body nesting objects 10,000 levels deep: a recursive reader overflows its stack on it. */
export const OVER_DEEP_JSON = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
/** Half of a UTF-16 surrogate pair: JSON can carry it (`"\ud800"`), but it is not text. */
const LONE_SURROGATE = 'x\ud800y';
const HOSTILE_STRINGS = ["' OR '1'='1", '../../etc/passwd', '%00\u0000', '💥'.repeat(50), 'x'.repeat(3000)];

function isDateLike(schema: Schema, description = ''): 'date' | 'date-time' | undefined {
  if (schema.format === 'date-time') return 'date-time';
  if (schema.format === 'date' || (typeof schema.example === 'string' && DATE_ONLY.test(schema.example))) return 'date';
  return /ISO 8601/.test(description) ? 'date-time' : undefined;
}

function isUuidField(name: string, schema: Schema): boolean {
  return schema.format === 'uuid' || name === 'id' || /[a-z]Id$/.test(name);
}

/** A plausible valid value, so that a case breaks one thing at a time. */
export function sampleValue(name: string, schema: Schema, knownIds: Record<string, string>): unknown {
  if (schema.example !== undefined) return schema.example;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  if (isUuidField(name, schema)) return knownIds[name] ?? randomUUID();
  const dateLike = isDateLike(schema, schema.description);
  if (dateLike) return dateLike === 'date' ? '2030-01-15' : '2030-01-15T02:00:00.000Z';
  switch (schema.type) {
    case 'number':
    case 'integer':
      return schema.minimum ?? Math.min(1, schema.maximum ?? 1);
    case 'boolean':
      return false;
    case 'array':
      return schema.items ? [sampleValue(name, schema.items, knownIds)] : [];
    case 'object':
      return sampleObject(schema, knownIds);
    default:
      return 'sample text';
  }
}

export function sampleObject(schema: Schema, knownIds: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([name, property]) => [name, sampleValue(name, property, knownIds)]),
  );
}

/** Values that no field of this schema may accept (strict), and values it may or may not accept (hostile). */
export function wrongValuesFor(name: string, schema: Schema): { strict: unknown[]; hostile: unknown[] } {
  if (schema.enum?.length) return { strict: ['not-an-enum-value', 12345], hostile: [] };
  const dateLike = isDateLike(schema, schema.description);
  if (dateLike) return { strict: [...(dateLike === 'date' ? BAD_DATES : BAD_DATE_TIMES), 12345, true], hostile: [] };
  if (isUuidField(name, schema)) return { strict: ['not-a-uuid', 12345, HUGE_STRING], hostile: [] };
  switch (schema.type) {
    case 'number':
    case 'integer': {
      // Amounts are numbers in their unit: a conversion would read true as 1, "" as 0, "0x10" as 16.
      const strict: unknown[] = ['abc', true, {}, '', '0x10', '12'];
      if (schema.minimum !== undefined) strict.push(schema.minimum - 1);
      if (schema.maximum !== undefined) strict.push(schema.maximum + 1, 1e308);
      if (schema.type === 'integer') strict.push(1.5, 1e-7);
      const hostile: unknown[] = schema.type === 'integer' ? [] : [1e-7];
      return { strict, hostile: schema.minimum === undefined ? [...hostile, -1, -1e12] : hostile };
    }
    case 'boolean':
      return { strict: ['yes', 1, {}], hostile: [] };
    case 'array': {
      const items = schema.items ?? {};
      const wrongItem = items.type === 'string' || items.enum ? 12345 : 'x';
      return {
        strict: ['x', {}, [wrongItem]],
        hostile: [Array.from({ length: 10_000 }, () => (wrongItem === 'x' ? {} : 'x'))],
      };
    }
    case 'object':
      return { strict: ['x', 42, []], hostile: [] };
    default:
      return { strict: [12345, true, {}, [], HUGE_STRING, LONE_SURROGATE], hostile: [] };
  }
}

function bodyCases(
  operation: Operation,
  schema: Schema,
  knownIds: Record<string, string>,
  pathValues: Record<string, string>,
): InputCase[] {
  const sample = sampleObject(schema, knownIds);
  const base = { pathValues, query: {} };
  const cases: InputCase[] = [
    { ...base, name: 'broken JSON', strict: true, body: { raw: '{"broken": ', contentType: 'application/json' } },
    { ...base, name: 'text instead of JSON', strict: true, body: { raw: 'just text', contentType: 'text/plain' } },
    { ...base, name: 'XML body', strict: true, body: { raw: '<a>1</a>', contentType: 'application/xml' } },
    { ...base, name: 'array body', strict: true, body: { json: [sample] } },
    { ...base, name: 'string body', strict: true, body: { json: 'text' } },
    { ...base, name: 'number body', strict: true, body: { json: 42 } },
    { ...base, name: 'null body', strict: false, body: { json: null } },
    { ...base, name: 'over-deep JSON', strict: true, body: { raw: OVER_DEEP_JSON, contentType: 'application/json' } },
    { ...base, name: 'only an unknown field', strict: true, body: { json: { [UNKNOWN_FIELD]: 1 } } },
    {
      ...base,
      name: 'sample plus an unknown field',
      strict: true,
      body: { json: { ...sample, [UNKNOWN_FIELD]: 'x' } },
    },
    {
      ...base,
      name: 'prototype pollution',
      strict: true,
      body: {
        raw: `{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}, "${UNKNOWN_FIELD}": 1}`,
        contentType: 'application/json',
      },
    },
  ];
  for (const required of schema.required ?? []) {
    const { [required]: _dropped, ...rest } = sample;
    cases.push({ ...base, name: `missing required ${required}`, strict: true, body: { json: rest } });
    cases.push({
      ...base,
      name: `null required ${required}`,
      strict: true,
      body: { json: { ...sample, [required]: null } },
    });
  }
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const wrong = wrongValuesFor(name, property);
    const describe = (value: unknown) =>
      typeof value === 'string' && value.length > 40
        ? `${value.length}-char string`
        : JSON.stringify(value).slice(0, 40);
    for (const value of wrong.strict)
      cases.push({
        ...base,
        name: `${name} = ${describe(value)}`,
        strict: true,
        body: { json: { ...sample, [name]: value } },
      });
    for (const value of wrong.hostile)
      cases.push({
        ...base,
        name: `${name} = ${describe(value)}`,
        strict: false,
        body: { json: { ...sample, [name]: value } },
      });
    const nested = property.type === 'array' ? property.items : property;
    if (nested?.properties) {
      const nestedSample = sampleObject(nested, knownIds);
      const wrap = (value: Record<string, unknown>) => (property.type === 'array' ? [value] : value);
      cases.push({
        ...base,
        name: `${name} with an unknown field`,
        strict: true,
        body: { json: { ...sample, [name]: wrap({ ...nestedSample, [UNKNOWN_FIELD]: 1 }) } },
      });
      for (const required of nested.required ?? []) {
        const { [required]: _dropped, ...rest } = nestedSample;
        cases.push({
          ...base,
          name: `${name} missing ${required}`,
          strict: true,
          body: { json: { ...sample, [name]: wrap(rest) } },
        });
      }
    }
  }
  if (operation.bodyRequired) cases.push({ ...base, name: 'no body', strict: !!schema.required?.length });
  return cases;
}

function queryValue(parameter: Parameter, knownIds: Record<string, string>): string {
  return String(sampleValue(parameter.name, parameter.schema ?? {}, knownIds));
}

function queryCases(
  operation: Operation,
  knownIds: Record<string, string>,
  pathValues: Record<string, string>,
): InputCase[] {
  const requiredQuery = Object.fromEntries(
    operation.queryParameters
      .filter((parameter) => parameter.required)
      .map((parameter) => [parameter.name, queryValue(parameter, knownIds)]),
  );
  const base = { pathValues };
  const cases: InputCase[] = [];
  // A handler without a query DTO ignores unknown parameters, so only operations that declare some are strict.
  if (operation.queryParameters.length && operation.method === 'GET') {
    cases.push({
      ...base,
      name: 'unknown query parameter',
      strict: true,
      query: { ...requiredQuery, [UNKNOWN_FIELD]: '1' },
    });
  }
  for (const parameter of operation.queryParameters) {
    const schema = parameter.schema ?? {};
    if (parameter.required) {
      const { [parameter.name]: _dropped, ...rest } = requiredQuery;
      cases.push({ ...base, name: `missing query ${parameter.name}`, strict: true, query: rest });
    }
    const wrong =
      parameter.name === 'cursor'
        ? { strict: ['not a cursor!', HUGE_STRING.slice(0, 1000)], hostile: cursorsOfWrongShape() }
        : queryWrongValues(parameter, schema);
    for (const value of wrong.strict)
      cases.push({
        ...base,
        name: `query ${parameter.name} = ${String(value).slice(0, 30)}`,
        strict: true,
        query: { ...requiredQuery, [parameter.name]: String(value) },
      });
    for (const value of wrong.hostile)
      cases.push({
        ...base,
        name: `query ${parameter.name} = ${String(value).slice(0, 30)}`,
        strict: false,
        query: { ...requiredQuery, [parameter.name]: String(value) },
      });
  }
  return cases;
}

function queryWrongValues(parameter: Parameter, schema: Schema): { strict: unknown[]; hostile: unknown[] } {
  if (schema.type === 'string' && !schema.enum && !isDateLike(schema, parameter.description)) {
    // Free-text and id filters: some are uuids, some are not (entityId, requestId); none may break the service.
    return { strict: [], hostile: ['not-a-uuid', ...HOSTILE_STRINGS] };
  }
  if (schema.type === 'array') {
    // A list given once in a query is one text value, so only an item outside the items' choices is wrong.
    return { strict: schema.items?.enum ? ['zz-not-a-choice'] : [], hostile: HOSTILE_STRINGS };
  }
  const wrong = wrongValuesFor(parameter.name, { ...schema, description: parameter.description });
  // A query is text: "12" is how a number is written there, and the body-only "0x10" rule does not apply.
  const bodyOnly = [true, 12345, '12', '0x10'];
  return {
    strict: wrong.strict.filter((value) => typeof value !== 'object' && !bodyOnly.includes(value as never)),
    hostile: wrong.hostile,
  };
}

/** Well-formed cursors (base64url JSON) with contents the service never issued. */
function cursorsOfWrongShape(): string[] {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return [
    encode(['x']),
    encode(['not-a-date', 'not-a-uuid']),
    encode([{}, []]),
    encode([1e308, -1]),
    encode(['+275760-09-13T00:00:00.000Z', randomUUID()]),
    encode(['+275760-09-13T00:00:00.000Z']),
    encode('x'.repeat(200)),
  ];
}

function pathCases(
  operation: Operation,
  knownIds: Record<string, string>,
  validPath: Record<string, string>,
  body: InputCase['body'],
): InputCase[] {
  const cases: InputCase[] = [];
  for (const parameter of operation.pathParameters) {
    const values = isIdParameter(parameter)
      ? { strict: ['not-a-uuid', '12345', "1' OR '1'='1", HUGE_STRING], hostile: [randomUUID()] }
      : { strict: [], hostile: HOSTILE_STRINGS };
    for (const value of values.strict)
      cases.push({
        name: `path ${parameter.name} = ${value.slice(0, 30)}`,
        strict: true,
        pathValues: { ...validPath, [parameter.name]: value },
        query: {},
        body,
      });
    for (const value of values.hostile)
      cases.push({
        name: `path ${parameter.name} = ${value.slice(0, 30)}`,
        strict: false,
        pathValues: { ...validPath, [parameter.name]: value },
        query: {},
        body,
      });
  }
  return cases;
}

/**
 * The invalid requests for one operation, generated from its OpenAPI description. `knownIds`
 * gives real ids by parameter name, so that validation is the only thing standing in the way.
 */
export function invalidInputsFor(operation: Operation, knownIds: Record<string, string>): InputCase[] {
  const validPath = Object.fromEntries(
    operation.pathParameters.map((parameter) => [
      parameter.name,
      knownIds[parameter.name] ?? (isIdParameter(parameter) ? randomUUID() : queryValue(parameter, knownIds)),
    ]),
  );
  const sampleBody = operation.jsonBody ? { json: sampleObject(operation.jsonBody, knownIds) } : undefined;
  const cases = [
    ...pathCases(operation, knownIds, validPath, sampleBody),
    ...queryCases(operation, knownIds, validPath),
  ];
  if (operation.jsonBody) cases.push(...bodyCases(operation, operation.jsonBody, knownIds, validPath));
  for (const contentType of operation.otherBodyTypes) {
    cases.push({
      name: `broken ${contentType}`,
      strict: true,
      pathValues: validPath,
      query: {},
      body: { raw: '--broken\r\n', contentType },
    });
  }
  return cases;
}
