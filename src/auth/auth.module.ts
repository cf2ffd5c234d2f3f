import { Module, OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JwtAuthGuard, RolesGuard } from '../identity/guards';
import { JobsService } from '../jobs/jobs.service';
import { SettingsModule } from '../settings/settings.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginThrottlePruneJob } from './jobs/login-throttle-prune.job';
import { JWT_SECRET, jwtSecretProvider } from './jwt-secret.provider';
import { JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { LoginThrottle } from './login-throttle.entity';
import { LoginThrottleService } from './login-throttle.service';
import { SignInLockService } from './sign-in-lock.service';

@Module({ imports: [SettingsModule], providers: [jwtSecretProvider], exports: [jwtSecretProvider] })
class JwtSecretModule {}

/** Sign-in and the global guards: every route needs a token and declares its roles. */
@Module({
  imports: [
    PassportModule,
    UsersModule,
    JwtSecretModule,
    TypeOrmModule.forFeature([LoginThrottle]),
    JwtModule.registerAsync({
      imports: [JwtSecretModule],
      inject: [JWT_SECRET],
      useFactory: (secret: string) => ({ secret, signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    LoginThrottleService,
    LoginThrottlePruneJob,
    SignInLockService,
    LocalStrategy,
    JwtStrategy,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
})
export class AuthModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly pruneJob: LoginThrottlePruneJob,
  ) {}

  onModuleInit(): void {
    this.jobs.register(this.pruneJob);
  }
}
