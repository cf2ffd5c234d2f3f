/**
 * One broken rule of one request field, as listed in an error body's `details.fields`. `code` is
 * class-validator's constraint name (`maxLength`) or a domain rule code (`ticket.location_required`);
 * clients look it up in their message table and fill the message's placeholders from `params`.
 */
export interface FieldError {
  /** Dotted path of the request body field: `itinerary.0.address`. */
  field: string;
  code: string;
  message: string;
  params?: Record<string, unknown>;
}

/** `details` of a domain error that concerns one field, in the shape validation errors use. */
export function fieldDetails(
  field: string,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
  params?: Record<string, unknown>,
): Record<string, unknown> {
  return { ...extra, fields: [params ? { field, code, message, params } : { field, code, message }] };
}
