import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { AuthenticatedUser } from './authenticated-user';
import { IS_PUBLIC, REQUIRED_ROLES } from './decorators';
import { CsrfHeaderMissingError, MissingRoleError, RouteWithoutRolesError } from './identity.errors';
import { Role } from './role';
import { needsCsrfHeader } from './session-cookie';

/**
 * Global: every route needs a valid token (bearer header or session cookie) unless it is marked
 * @Public(); a write authenticated by the cookie also needs the CSRF header.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const authenticated = (await super.canActivate(context)) as boolean;
    if (needsCsrfHeader(context.switchToHttp().getRequest<FastifyRequest>())) throw new CsrfHeaderMissingError();
    return authenticated;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    // A failure to check the token (the database is down) is not the caller's fault: pass it on.
    if (error && !(error instanceof UnauthorizedException)) throw error;
    if (error || !user) {
      throw new UnauthorizedException({
        code: 'auth.unauthenticated',
        message: 'a valid bearer token or session cookie is required',
      });
    }
    return user;
  }
}

/**
 * Global: a route marked @Roles(...) needs one of those roles; admins pass every role check.
 * It fails closed: an authenticated route that declares neither @Roles nor @AnyRole is refused.
 */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    if (!required?.length) throw new RouteWithoutRolesError();
    const user = context.switchToHttp().getRequest<{ user?: AuthenticatedUser }>().user;
    if (!user) return false;
    if (user.roles.includes('admin') || user.roles.some((role) => required.includes(role))) return true;
    throw new MissingRoleError(required);
  }
}
