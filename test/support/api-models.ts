import { Type } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger';
import { RouteAccess } from '../../src/bootstrap/open-api-routes';

type ModelClass = Type<unknown>;

function isModel(value: unknown): value is ModelClass {
  return (
    typeof value === 'function' &&
    value.prototype !== undefined &&
    Reflect.hasMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, value.prototype as object)
  );
}

/** `type: X`, `type: [X]` and `type: () => X` all name the model X. */
function modelsIn(declared: unknown): ModelClass[] {
  if (Array.isArray(declared)) return declared.flatMap(modelsIn);
  if (typeof declared === 'function' && declared.prototype === undefined)
    return modelsIn((declared as () => unknown)());
  return isModel(declared) ? [declared] : [];
}

function propertyModels(model: ModelClass): ModelClass[] {
  const prototype = model.prototype as object;
  const keys = (Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES_ARRAY, prototype) as string[]) ?? [];
  return keys.flatMap((key) => {
    const property = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, prototype, key.slice(1)) as
      { type?: unknown; items?: { type?: unknown } } | undefined;
    return modelsIn([property?.type, property?.items?.type]);
  });
}

function entryModels(route: RouteAccess): ModelClass[] {
  const prototype = route.controller.prototype as object;
  const parameters = (Reflect.getMetadata('design:paramtypes', prototype, route.methodName) as unknown[]) ?? [];
  const responses = (Reflect.getMetadata(DECORATORS.API_RESPONSE, route.handler) ?? {}) as Record<
    string,
    { type?: unknown }
  >;
  const bodies = (Reflect.getMetadata(DECORATORS.API_PARAMETERS, route.handler) ?? []) as Array<{ type?: unknown }>;
  return modelsIn([...parameters, ...Object.values(responses).map((r) => r.type), ...bodies.map((b) => b.type)]);
}

function schemaNameOf(model: ModelClass): string {
  const schemas = (Reflect.getOwnMetadata(DECORATORS.API_SCHEMA, model) as Array<{ name?: string }>) ?? [];
  return schemas[schemas.length - 1]?.name ?? model.name;
}

/**
 * Schema names that two different classes reachable from the routes share. The document keeps
 * only one of them, so the other silently describes the wrong fields.
 */
export function duplicateSchemaNames(routes: RouteAccess[], extraModels: ModelClass[]): Record<string, number> {
  const byName = new Map<string, Set<ModelClass>>();
  const seen = new Set<ModelClass>();
  const pending = [...extraModels, ...routes.flatMap(entryModels)];
  for (let model = pending.pop(); model; model = pending.pop()) {
    if (seen.has(model)) continue;
    seen.add(model);
    const name = schemaNameOf(model);
    byName.set(name, (byName.get(name) ?? new Set()).add(model));
    pending.push(...propertyModels(model));
  }
  return Object.fromEntries(
    [...byName].filter(([, models]) => models.size > 1).map(([name, models]) => [name, models.size]),
  );
}
