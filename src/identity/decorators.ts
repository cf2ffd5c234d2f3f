import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Actor } from './actor';
import { AuthenticatedUser } from './authenticated-user';
import { Role, ROLES } from './role';

export const IS_PUBLIC = 'auth:isPublic';
export const REQUIRED_ROLES = 'auth:roles';

/** Opts a route out of the global authentication. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

// The OpenAPI document reads these marks too (src/bootstrap/open-api-conventions.ts): it derives
// each operation's security, its 401/403 responses and who may call it from them.

/** Any authenticated user may call the route; it still sees only what its agency scope allows. */
export const AnyRole = () => SetMetadata(REQUIRED_ROLES, [...ROLES]);

/** Limits a route to users holding at least one of the roles (admins always pass). */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** The Actor of the current request. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = context.switchToHttp().getRequest<FastifyRequest & { user: AuthenticatedUser }>();
  const { user } = request;
  return {
    userId: user.id,
    agencyId: user.agencyId,
    roles: user.roles,
    displayName: user.displayName,
    requestId: String(request.id),
  };
});
