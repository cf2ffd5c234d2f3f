import { postgresErrorOf } from '../common/errors/postgres-error';

/**
 * A `.catch` handler that answers a unique violation of `constraint` with the error `answer`
 * builds (naming the field), and rethrows anything else. The generic unique answer names no field.
 */
export function rethrowUnique(constraint: string, answer: () => Error): (error: unknown) => never {
  return (error: unknown) => {
    const postgres = postgresErrorOf(error);
    if (postgres?.code === '23505' && postgres.constraint === constraint) throw answer();
    throw error;
  };
}
