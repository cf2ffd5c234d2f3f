import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { FieldError } from '../errors/field-error';
import { invalidFields } from './field-errors';

/** Deeper than any request body of this service; far below what would overflow a recursive reader. */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x7b, 0x5b]);
const CLOSERS = new Set([0x7d, 0x5d]);
const LONE_SURROGATE = /\p{Cs}/u;

/** Whether the JSON text nests objects and arrays deeper than `max`, by one pass over its bytes. */
export function nestsDeeperThan(text: Buffer, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const byte = text[index];
    if (inString) {
      if (byte === BACKSLASH) index++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (OPENERS.has(byte) && ++depth > max) return true;
    else if (CLOSERS.has(byte)) depth--;
  }
  return false;
}

/** The paths of keys and strings holding a lone UTF-16 surrogate (`"\ud800"`), which no text may contain. */
export function lonelySurrogatePaths(value: unknown): string[] {
  const found: string[] = [];
  const pending: [unknown, string][] = [[value, '']];
  while (pending.length) {
    const [node, path] = pending.pop()!;
    if (typeof node === 'string') {
      if (LONE_SURROGATE.test(node)) found.push(path);
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        const childPath = path ? `${path}.${key}` : key;
        if (LONE_SURROGATE.test(key)) found.push(childPath);
        else pending.push([child, childPath]);
      }
    }
  }
  return found.sort();
}

type Done = (error: Error | null, body?: unknown) => void;
type Parser<Request, Body> = (request: Request, body: Body, done: Done) => void;

/**
 * Wraps Fastify's JSON parser (which keeps its prototype-poisoning checks): an over-deep body is
 * refused before it is parsed, and one holding a lone surrogate after, so that no transformer,
 * validator or driver ever sees either.
 */
export function guardedJsonParser<Request>(parse: Parser<Request, string>): Parser<Request, Buffer> {
  return (request, body, done) => {
    if (nestsDeeperThan(body, MAX_JSON_DEPTH)) {
      done(
        new DomainError(
          'request.too_deep',
          `the JSON body nests deeper than ${MAX_JSON_DEPTH} levels`,
          HttpStatus.BAD_REQUEST,
          { maxDepth: MAX_JSON_DEPTH },
        ),
      );
      return;
    }
    parse(request, body.toString('utf8'), (error, parsed) => {
      if (error) return done(error);
      const paths = lonelySurrogatePaths(parsed);
      if (!paths.length) return done(null, parsed);
      const fields: FieldError[] = paths.map((field) => ({
        field,
        code: 'isWellFormed',
        message: `${field} holds a lone UTF-16 surrogate, which is not text`,
      }));
      done(invalidFields(fields));
    });
  };
}
