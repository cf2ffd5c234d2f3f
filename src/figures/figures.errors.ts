import { UnprocessableError } from '../common/errors/domain-error';

/** A template names placeholders its figure does not fill; every one is listed. */
export class UnknownPlaceholderError extends UnprocessableError {
  constructor(key: string, unknown: string[], allowed: readonly string[]) {
    super(
      'figures.unknown_placeholder',
      `the sentence template ${key} uses placeholders its figure does not have: ${unknown.map((name) => `{${name}}`).join(', ')}`,
      {
        fields: unknown.map((placeholder) => ({
          field: 'text',
          code: 'figures.unknown_placeholder',
          message: `{${placeholder}} is not a placeholder of ${key}; use one of ${allowed.map((name) => `{${name}}`).join(', ')}`,
          params: { placeholder, allowed },
        })),
      },
    );
  }
}
