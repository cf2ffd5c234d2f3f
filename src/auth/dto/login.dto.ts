import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Role, ROLES } from '../../identity/role';

export class LoginDto {
  @ApiProperty({ example: 'admin' }) @IsString() @IsNotEmpty() @MaxLength(64) username: string;
  @ApiProperty({ example: 'admin-demo-2026' }) @IsString() @IsNotEmpty() @MaxLength(128) password: string;
}

/** Who is signed in, as the login routes and GET /auth/me return it. */
export class SessionUser {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'requester' }) username: string;
  @ApiProperty({ example: '王小明' }) displayName: string;
  @ApiProperty() agencyId: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
}

export class LoginResult {
  @ApiProperty() accessToken: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ description: 'seconds until the token expires' }) expiresIn: number;
  @ApiProperty({ type: SessionUser }) user: SessionUser;
}
