import { FieldError } from '../errors/field-error';

// Where @nestjs/swagger keeps each DTO property's ApiProperty options.
const PROPERTY_METADATA = 'swagger/apiModelProperties';
const PROPERTIES_METADATA = 'swagger/apiModelPropertiesArray';

interface PropertyMetadata {
  type?: unknown;
  nullable?: boolean;
}

type Class = abstract new (...args: never[]) => unknown;

function isDto(type: unknown): type is Class {
  return typeof type === 'function' && !!type.prototype && Reflect.hasMetadata(PROPERTIES_METADATA, type.prototype);
}

/** The DTO class of a nested property (`type: UnitDto`, `type: [UnitDto]` or `type: () => UnitDto`), if any. */
function nestedDtoOf(metadata: PropertyMetadata): Class | undefined {
  let type = metadata.type;
  if (typeof type === 'function' && !type.prototype) type = (type as () => unknown)();
  if (Array.isArray(type)) type = type[0];
  return isDto(type) ? type : undefined;
}

/**
 * The fields of a request body that are `null` although the DTO does not declare them nullable.
 * class-validator's @IsOptional lets null through as if the field were absent, so that a null
 * reached services (and the database) as a value; here it is refused like any other wrong type.
 */
export function unexpectedNullFields(value: unknown, dto: Class, parent = ''): FieldError[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([key, child]): FieldError[] => {
    const metadata = Reflect.getMetadata(PROPERTY_METADATA, dto.prototype, key) as PropertyMetadata | undefined;
    if (!metadata) return [];
    const field = parent ? `${parent}.${key}` : key;
    if (child === null) {
      return metadata.nullable ? [] : [{ field, code: 'isNotNull', message: `${field} must not be null` }];
    }
    const nested = nestedDtoOf(metadata);
    if (!nested) return [];
    return Array.isArray(child)
      ? child.flatMap((item, index) => unexpectedNullFields(item, nested, `${field}.${index}`))
      : unexpectedNullFields(child, nested, field);
  });
}
