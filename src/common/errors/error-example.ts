import type { ApiResponseExamples } from '@nestjs/swagger';

/** An OpenAPI example of the one error body, for documenting a route's own refusals. */
export function errorExample(
  summary: string,
  statusCode: number,
  code: string,
  message: string,
  details?: Record<string, unknown>,
): ApiResponseExamples {
  return {
    summary,
    value: {
      statusCode,
      code,
      message,
      ...(details && { details }),
      requestId: '3f0c8a9e-0a51-4b8e-9a57-4d6d2c1c5f1e',
    },
  };
}
