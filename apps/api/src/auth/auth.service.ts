import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InvalidCredentials } from '@congdoan/domain';
import { UsersRepository } from '@congdoan/persistence';
import { MeService, type MeView } from '../me/me.service';

export interface LoginResult {
  accessToken: string;
  user: MeView;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly jwt: JwtService,
    private readonly me: MeService,
  ) {}

  async login(username: string, password: string): Promise<LoginResult> {
    const user = await this.users.verifyCredentials(username, password);
    if (!user) throw new InvalidCredentials();
    const accessToken = await this.jwt.signAsync({ sub: user.id, username: user.username });
    return { accessToken, user: await this.me.describe(user.id) };
  }
}
