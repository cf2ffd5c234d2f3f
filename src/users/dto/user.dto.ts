import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PageQuery } from '../../common/pagination/keyset';
import { OptionalBooleanQuery } from '../../common/validation/boolean-query';
import { Role, ROLES } from '../../identity/role';

export const PASSWORD_RULE = { min: 10, max: 128 };

class UserFields {
  @ApiProperty({ example: '王小明' }) @IsString() @IsNotEmpty() @MaxLength(100) displayName: string;
  @ApiPropertyOptional({ example: 'wang@example.gov.tw' }) @IsOptional() @IsEmail() @MaxLength(200) email?: string;
  @ApiPropertyOptional({ example: '07-7995678#1234' })
  @IsOptional()
  @Matches(/^[0-9+#()\- ]{6,30}$/, { message: 'phone may hold digits, spaces and + # ( ) -' })
  phone?: string;
  @ApiProperty({ enum: ROLES, isArray: true, example: ['requester'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];
}

export class CreateUserDto extends UserFields {
  @ApiProperty({ example: 'wang.xm', description: 'lower-case letters, digits, dots, dashes, underscores' })
  @Matches(/^[a-z0-9][a-z0-9._-]{2,63}$/, {
    message: 'username must be 3–64 lower-case letters, digits, dots, dashes or underscores',
  })
  username: string;

  @ApiProperty() @IsUUID() agencyId: string;

  @ApiProperty({ minLength: PASSWORD_RULE.min })
  @IsString()
  @MinLength(PASSWORD_RULE.min)
  @MaxLength(PASSWORD_RULE.max)
  password: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) displayName?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(200) email?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[0-9+#()\- ]{6,30}$/, { message: 'phone may hold digits, spaces and + # ( ) -' })
  phone?: string;
  @ApiPropertyOptional({ enum: ROLES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: Role[];
  @ApiPropertyOptional({ description: 'false deactivates the user' }) @IsOptional() @IsBoolean() active?: boolean;
}

export class ResetPasswordDto {
  @ApiProperty({ minLength: PASSWORD_RULE.min })
  @IsString()
  @MinLength(PASSWORD_RULE.min)
  @MaxLength(PASSWORD_RULE.max)
  newPassword: string;
}

export class ChangeOwnPasswordDto extends ResetPasswordDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(PASSWORD_RULE.max) currentPassword: string;
}

export class UserQuery extends PageQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID() agencyId?: string;
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES) role?: Role;
  @ApiPropertyOptional() @OptionalBooleanQuery() active?: boolean;
  @ApiPropertyOptional({ description: 'part of the username or display name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

export class UserView {
  @ApiProperty() id: string;
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
  @ApiProperty() agencyId: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: Role[];
  @ApiProperty() active: boolean;
  @ApiProperty() createdAt: Date;
  @ApiProperty() version: number;
}

export class UserPage {
  @ApiProperty({ type: [UserView] }) items: UserView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
