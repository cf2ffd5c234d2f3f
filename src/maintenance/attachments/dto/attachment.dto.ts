import { ApiProperty } from '@nestjs/swagger';
import { IsBase64, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

export class UploadAttachmentDto {
  @ApiProperty({ example: '漏水照片.jpg' })
  @IsString() @IsNotEmpty() @MaxLength(200) @Matches(/^[^/\\\0]+$/, { message: 'fileName must not contain slashes' })
  fileName: string;

  @ApiProperty({ example: 'image/jpeg', description: 'one of the configured upload types (photos, PDF by default)' })
  @IsString() @MaxLength(100)
  contentType: string;

  @ApiProperty({ description: 'the file, base64-encoded; at most the configured upload size once decoded' })
  @IsString() @IsNotEmpty() @IsBase64()
  dataBase64: string;
}
