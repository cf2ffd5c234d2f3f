import { getMetadataStorage } from 'class-validator';

type Constraints = unknown[];

/** The numbers and lists of each rule that a client needs to word its message (`{max}` characters). */
const PARAMS_OF_RULE: Record<string, (constraints: Constraints) => Record<string, unknown>> = {
  maxLength: ([max]) => ({ max }),
  minLength: ([min]) => ({ min }),
  isLength: ([min, max]) => ({ min, max }),
  min: ([min]) => ({ min }),
  max: ([max]) => ({ max }),
  arrayMaxSize: ([max]) => ({ max }),
  arrayMinSize: ([min]) => ({ min }),
  isIn: ([values]) => ({ values }),
  isEnum: ([, values]) => ({ values }),
  minDate: ([min]) => ({ min }),
  maxDate: ([max]) => ({ max }),
};

/**
 * The parameters of the rule `code` declared on `target`'s class for `property`, read from
 * class-validator's metadata; undefined for rules without numbers or when the class is unknown
 * (array elements, plain objects).
 */
export function ruleParamsOf(
  target: object | undefined,
  property: string,
  code: string,
): Record<string, unknown> | undefined {
  const paramsOf = PARAMS_OF_RULE[code];
  if (!paramsOf || !target || typeof target !== 'object' || Array.isArray(target)) return undefined;
  const rule = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((metadata) => metadata.propertyName === property && metadata.name === code);
  return rule?.constraints ? paramsOf(rule.constraints as Constraints) : undefined;
}
