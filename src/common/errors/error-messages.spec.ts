import { getMetadataStorage } from 'class-validator';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  domainErrorMessages,
  fieldErrorMessage,
  fieldErrorMessages,
} from '../../../web/src/common/errors/error-messages';
import { constraintErrorOf, declaredConstraintNames } from './constraint-errors';

const SOURCE_ROOT = join(__dirname, '..', '..');
const CODE = "'([a-z][a-z_]*(?:\\.[a-z][a-z_]*)*)'";
const DOTTED_CODE = "'([a-z][a-z_]*(?:\\.[a-z][a-z_]*)+)'";

function sourceFiles(directory = SOURCE_ROOT): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const sources = sourceFiles().map((path) => ({ path: relative(SOURCE_ROOT, path), text: readFileSync(path, 'utf8') }));

function matches(text: string, pattern: RegExp): RegExpExecArray[] {
  return [...text.matchAll(pattern)];
}

/**
 * Codes written as the first argument of an error constructor: `new XError('fleet.trip_state', …)`,
 * `super('forbidden', …)`. A dotless first argument of `new XError(…)` is an entity or a reason, not a code.
 */
function literalCodes(): string[] {
  const constructed = new RegExp(`(?:new \\w*Error|DomainError)\\(\\s*${DOTTED_CODE}`, 'g');
  const inherited = new RegExp(`\\bsuper\\(\\s*${CODE}`, 'g');
  return sources.flatMap(({ text }) =>
    [...matches(text, constructed), ...matches(text, inherited)].map((match) => match[1]),
  );
}

/** The values of a string-literal union, written inline or as a type alias in the same file. */
function unionValues(text: string, type: string): string[] {
  const alias = /^\w+$/.test(type) ? new RegExp(`type ${type} =([^;]+);`).exec(text) : null;
  return matches(alias ? alias[1] : type, /'([a-z_]+)'/g).map((match) => match[1]);
}

/** Codes built from a union parameter: `` `maintenance_attachment.${reason}` `` with `reason: 'too_large' | …`. */
function templatedCodes(): string[] {
  return sources
    .filter(({ path }) => path.endsWith('.errors.ts'))
    .flatMap(({ text }) =>
      matches(text, /`([a-z_]+)\.\$\{(\w+)\}`/g).flatMap((template) => {
        const [, prefix, parameter] = template;
        // The parameter's declaration nearest before the template is the one of the same constructor.
        const declarations = matches(
          text.slice(0, template.index),
          new RegExp(`\\b${parameter}: ((?:'[a-z_]+'\\s*\\|?\\s*)+|\\w+)`, 'g'),
        );
        const declaration = declarations[declarations.length - 1];
        return declaration ? unionValues(text, declaration[1].trim()).map((value) => `${prefix}.${value}`) : [];
      }),
    );
}

/** `<entity>.not_found` and `<entity>.stale_version` for every entity type the helpers that throw them name. */
function entityCodes(): string[] {
  const helpers: Record<string, string> = {
    NotFoundError: 'not_found',
    updateAudited: 'not_found',
    deleteAudited: 'not_found',
    visibleOrNotFound: 'not_found',
    StaleVersionError: 'stale_version',
    assertVersion: 'stale_version',
  };
  const pattern = new RegExp(`\\b(${Object.keys(helpers).join('|')})\\([^;']*?'([a-z][a-z_]*)'`, 'g');
  return sources.flatMap(({ text }) =>
    matches(text, pattern).map(([, helper, entity]) => `${entity}.${helpers[helper]}`),
  );
}

/** The codes the global filter, the validation pipe and the database error mapper give by themselves. */
function frameworkCodes(): string[] {
  const files = ['common/errors/global-exception.filter.ts', 'common/errors/postgres-error-mapper.ts'];
  return sources
    .filter(({ path }) => files.includes(path) || path.startsWith('common/validation/'))
    .flatMap(({ text }) => [
      ...matches(text, new RegExp(`\\bcode: ${CODE}`, 'g')).map((match) => match[1]),
      ...matches(text, new RegExp(`^\\s*\\d{3}: ${CODE}`, 'gm')).map((match) => match[1]),
    ]);
}

/**
 * The codes the constraint registry answers a violated CHECK, exclusion or unique constraint (or unique
 * index) with: every declaration of the `*-constraints.errors.ts` files, loaded so that they register.
 */
function constraintRegistryCodes(): string[] {
  sources
    .filter(({ path }) => path.endsWith('-constraints.errors.ts'))
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loads every registry declaration
    .forEach(({ path }) => require(join(SOURCE_ROOT, path)));
  return declaredConstraintNames().flatMap((name) => constraintErrorOf(name)?.code ?? []);
}

/** Every class-validator rule declared on the classes of the service, by the constraint name errors carry. */
function constraintNames(): string[] {
  const classes = sources
    .filter(({ path }) => !/(^|\/)cli\/|^main\.ts$/.test(path))
    .filter(({ text }) => text.includes("from 'class-validator'") || text.includes('common/validation/'))
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loads every DTO module to read its rules
    .flatMap(({ path }) => Object.values(require(join(SOURCE_ROOT, path)) as Record<string, unknown>))
    .filter((value): value is new () => object => typeof value === 'function');
  const storage = getMetadataStorage();
  return classes.flatMap((target) =>
    storage
      .getTargetValidationMetadatas(target, '', true, false)
      .filter((rule) => rule.type !== 'conditionalValidation')
      .map((rule) => rule.name ?? rule.type),
  );
}

/** What the pipe adds on its own: unknown properties (whitelist) and non-objects (forbidUnknownValues). */
const PIPE_CONSTRAINTS = ['whitelistValidation', 'unknownValue', 'nestedValidation', 'isObject'];

function missing(codes: string[], table: Record<string, string>): string[] {
  return [...new Set(codes)].filter((code) => !table[code]?.trim()).sort();
}

describe('zh-TW error messages', () => {
  it('has a message for every error code the API can send', () => {
    const codes = [
      ...literalCodes(),
      ...templatedCodes(),
      ...entityCodes(),
      ...frameworkCodes(),
      ...constraintRegistryCodes(),
    ];
    expect(codes).toEqual(
      expect.arrayContaining(['validation.failed', 'maintenance_ticket.not_found', 'internal', 'user.username_taken']),
    );
    expect(codes).toEqual(
      expect.arrayContaining(['user.username_lower_case', 'fleet.plate_form', 'fleet.double_booked']),
    );
    expect(missing(codes, domainErrorMessages)).toEqual([]);
  });

  it('has a message for every validation rule the request bodies and queries use', () => {
    const names = [...constraintNames(), ...PIPE_CONSTRAINTS];
    expect(names).toEqual(expect.arrayContaining(['maxLength', 'isInt', 'isIn', 'matches']));
    expect(missing(names, fieldErrorMessages)).toEqual([]);
  });

  it('fills a field message from the rule parameters, and words domain rule codes of fields too', () => {
    expect(fieldErrorMessage({ code: 'maxLength', params: { max: 200 } })).toBe('長度不得超過 200 個字。');
    expect(fieldErrorMessage({ code: 'fleet.odometer_lower', params: { min: 10 } })).toBe(
      domainErrorMessages['fleet.odometer_lower'],
    );
  });

  it('writes the placeholders of field messages as {name}', () => {
    const malformed = Object.entries(fieldErrorMessages).filter(([, message]) => /\$\{|\{\{|\{\s|\s\}/.test(message));
    expect(malformed).toEqual([]);
  });
});
