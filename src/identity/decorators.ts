import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ErrorBody } from '../common/errors/error-body';
import { Actor } from './actor';
import { AuthenticatedUser } from './authenticated-user';
import { Role, ROLES } from './role';

export const IS_PUBLIC = 'auth:isPublic';
export const REQUIRED_ROLES = 'auth:roles';

/** Opts a route out of the global authentication. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Any authenticated user may call the route; it still sees only what its agency scope allows. */
export const AnyRole = () =>
  applyDecorators(
    SetMetadata(REQUIRED_ROLES, [...ROLES]),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ type: ErrorBody }),
  );

/** Limits a route to users holding at least one of the roles (admins always pass). */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(REQUIRED_ROLES, roles),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ type: ErrorBody }),
    ApiForbiddenResponse({ type: ErrorBody, description: `needs one of: ${roles.join(', ')}` }),
  );

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
