import { StreamableFile } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { IsBase64Text } from '../../../common/validation/base64';
import { AttachmentView } from '../../tickets/dto/ticket-view.dto';

export class UploadAttachmentDto {
  @ApiProperty({ example: '漏水照片.jpg' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @Matches(/^[^/\\\0]+$/, { message: 'fileName must not contain slashes' })
  fileName: string;

  @ApiProperty({ example: 'image/jpeg', description: 'one of the configured upload types (photos, PDF by default)' })
  @IsString()
  @MaxLength(100)
  contentType: string;

  @ApiProperty({ description: 'the file, base64-encoded; at most the configured upload size once decoded' })
  @IsString()
  @IsNotEmpty()
  @IsBase64Text()
  dataBase64: string;
}

type AttachmentRow = Pick<AttachmentView, 'id' | 'fileName' | 'contentType' | 'sizeBytes' | 'sha256' | 'createdAt'>;

/** The attachment as the API shows it: metadata only, never where it is stored. */
export function toAttachmentView({
  id,
  fileName,
  contentType,
  sizeBytes,
  sha256,
  createdAt,
}: AttachmentRow): AttachmentView {
  return { id, fileName, contentType, sizeBytes, sha256, createdAt };
}

/** The file as uploaded, named for download. */
export function attachmentFile(
  attachment: Pick<AttachmentView, 'fileName' | 'contentType'>,
  bytes: Buffer,
): StreamableFile {
  return new StreamableFile(bytes, {
    type: attachment.contentType,
    disposition: `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
  });
}
