import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from '../agencies/agencies.module';
import { PasswordHasher } from './password-hasher';
import { TokenVersionCache } from './token-version-cache';
import { User } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';
// Registers what each of the module's constraints means, for the error mapper.
import './users-constraints.errors';

@Module({
  imports: [TypeOrmModule.forFeature([User]), AgenciesModule],
  controllers: [UsersController],
  providers: [UsersService, PasswordHasher, TokenVersionCache],
  exports: [UsersService],
})
export class UsersModule {}
