import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin' }) @IsString() @IsNotEmpty() @MaxLength(64) username: string;
  @ApiProperty({ example: 'admin-demo-2026' }) @IsString() @IsNotEmpty() @MaxLength(128) password: string;
}

export class LoginResult {
  @ApiProperty() accessToken: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ description: 'seconds until the token expires' }) expiresIn: number;
  @ApiProperty() user: { id: string; username: string; displayName: string; agencyId: string; roles: string[] };
}
