import { INestApplication, Type } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { IS_PUBLIC, REQUIRED_ROLES } from '../identity/decorators';
import { Role } from '../identity/role';

/** What the guards know about one route, keyed like the document's operationId. */
export interface RouteAccess {
  operationId: string;
  controller: Type<unknown>;
  methodName: string;
  handler: (...parameters: unknown[]) => unknown;
  isPublic: boolean;
  roles: readonly Role[];
}

/** The operationId of a handler; also given to SwaggerModule so both sides name routes alike. */
export function operationIdOf(controllerName: string, methodName: string): string {
  return `${controllerName}_${methodName}`;
}

function metadataOf<T>(key: string, handler: object, controller: object): T | undefined {
  return (
    (Reflect.getMetadata(key, handler) as T | undefined) ?? (Reflect.getMetadata(key, controller) as T | undefined)
  );
}

/** Every controller method of the application with the access metadata the global guards read. */
export function routesOf(app: INestApplication): RouteAccess[] {
  const routes: RouteAccess[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type<unknown>;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const methodName of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[methodName];
        if (methodName === 'constructor' || typeof handler !== 'function') continue;
        routes.push({
          operationId: operationIdOf(controller.name, methodName),
          controller,
          methodName,
          handler: handler as RouteAccess['handler'],
          isPublic: metadataOf<boolean>(IS_PUBLIC, handler, controller) === true,
          roles: metadataOf<Role[]>(REQUIRED_ROLES, handler, controller) ?? [],
        });
      }
    }
  }
  return routes;
}
