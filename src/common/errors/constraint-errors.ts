import { DomainError } from './domain-error';

/**
 * What a violated CHECK, exclusion or unique constraint (or unique index) means to the caller.
 * Feature modules declare one per constraint of their tables in their `*-constraints.errors.ts`;
 * the error mapper answers a violation with it, so that no database text (which quotes the failing
 * row) reaches a client. A unique index is declared by its own name: PostgreSQL reports it as the
 * violated constraint.
 */
export interface ConstraintError {
  /** The request body field the rule is about (dotted path); omitted for invariants no request sets directly. */
  field?: string;
  /** A stable `<module>.<what>` code. */
  code: string;
  message: string;
  /** 409 when the row conflicts with others (an overlap, a full lot, a taken key); 422 (the default) when it breaks its own rule. */
  status?: 409 | 422;
}

const registry = new Map<string, ConstraintError>();

/** The error body's parts for a broken constraint rule: its code and message, and the field it names. */
export function answerOf(error: ConstraintError, constraint?: string) {
  const fields = error.field ? [{ field: error.field, code: error.code, message: error.message }] : undefined;
  return {
    statusCode: error.status ?? 422,
    code: error.code,
    message: error.message,
    details: { ...(constraint && { constraint }), ...(fields && { fields }) },
  };
}

/**
 * A constraint's rule found broken before the write, where checking it is cheap: the same answer
 * the database's refusal would get, so that the constraint stays the safety net.
 */
export class RuleBrokenError extends DomainError {
  constructor(error: ConstraintError) {
    const answer = answerOf(error);
    super(answer.code, answer.message, answer.statusCode, answer.details);
  }
}

/** Registers a module's constraint errors by constraint name; a name may be declared once. */
export function defineConstraintErrors<T extends Record<string, ConstraintError>>(errors: T): T {
  for (const [name, error] of Object.entries(errors)) {
    const existing = registry.get(name);
    if (existing && existing !== error) throw new Error(`constraint ${name} has two error declarations`);
    registry.set(name, error);
  }
  return errors;
}

export function constraintErrorOf(name: string | undefined): ConstraintError | undefined {
  return name === undefined ? undefined : registry.get(name);
}

/** Every constraint name with a declared error, for the test that walks the schema's constraints. */
export function declaredConstraintNames(): string[] {
  return [...registry.keys()];
}
