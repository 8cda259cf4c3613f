import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { AuthenticationRequired } from '@congdoan/domain';
import { UsersRepository } from '@congdoan/persistence';
import type { AuthenticatedUser } from './authenticated-user';
import { IS_PUBLIC } from './public.decorator';

interface TokenClaims {
  sub: string;
}

/** Global guard: a valid Bearer token of a user who is still active, on every route not marked @Public(). */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly users: UsersRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const req = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; user?: AuthenticatedUser }>();
    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) {
      throw new AuthenticationRequired('Cần đăng nhập: thiếu mã truy cập (Authorization: Bearer …)', 'Authentication required: missing bearer token');
    }
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token);
    } catch {
      throw new AuthenticationRequired('Mã truy cập không hợp lệ hoặc đã hết hạn; vui lòng đăng nhập lại', 'Access token is invalid or expired; log in again');
    }
    const user = await this.users.findActiveById(claims.sub);
    if (!user) throw new AuthenticationRequired('Tài khoản không còn hoạt động', 'The account is no longer active');
    req.user = { id: user.id, username: user.username, fullName: user.fullName };
    return true;
  }
}
