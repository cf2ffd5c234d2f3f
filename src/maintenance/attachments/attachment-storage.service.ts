import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppConfig } from '../../config/app-config.schema';
import { fromProjectRoot } from '../../config/project-root';
import {
  AttachmentContentMismatchError,
  AttachmentEmptyError,
  AttachmentTooLargeError,
  AttachmentTypeNotAllowedError,
} from '../maintenance.errors';
import { UploadAttachmentDto } from './dto/attachment.dto';
import { matchesDeclaredType } from './file-signature';

/** What an attachment row records about a stored file. */
export interface StoredFile {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  /** Path relative to the upload directory. */
  storagePath: string;
}

/**
 * The maintenance module's file store for uploads sent as JSON base64: checks type, size and
 * content against the configured limits, writes the bytes under the upload directory (shared
 * storage when several instances run) and reads them back. Anything refused is refused before a
 * byte is written.
 */
@Injectable()
export class AttachmentStorage {
  constructor(private readonly config: AppConfig) {}

  /**
   * Stores the upload under `folder`, then lets `record` write the row that describes it. The
   * file system is not part of the transaction: if `record` fails, the bytes are removed again.
   */
  async store<T>(input: UploadAttachmentDto, folder: string, record: (file: StoredFile) => Promise<T>): Promise<T> {
    const bytes = this.accept(input);
    const storagePath = join(folder, randomUUID());
    const file = this.absolute(storagePath);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, bytes, { flag: 'wx' });
    try {
      return await record({
        fileName: input.fileName,
        contentType: input.contentType,
        sizeBytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        storagePath,
      });
    } catch (error) {
      await unlink(file).catch(() => undefined);
      throw error;
    }
  }

  read(storagePath: string): Promise<Buffer> {
    return readFile(this.absolute(storagePath));
  }

  private accept(input: UploadAttachmentDto): Buffer {
    const { maxBytes, allowedTypes } = this.config.uploads;
    if (!allowedTypes.includes(input.contentType)) {
      throw new AttachmentTypeNotAllowedError(input.contentType, allowedTypes);
    }
    // base64 is 4 characters per 3 bytes: refuse an oversized file before decoding it.
    if (Math.floor((input.dataBase64.length * 3) / 4) - 2 > maxBytes) throw new AttachmentTooLargeError(maxBytes);
    const bytes = Buffer.from(input.dataBase64, 'base64');
    if (bytes.length > maxBytes) throw new AttachmentTooLargeError(maxBytes);
    if (!bytes.length) throw new AttachmentEmptyError();
    if (!matchesDeclaredType(input.contentType, bytes)) throw new AttachmentContentMismatchError(input.contentType);
    return bytes;
  }

  private absolute(storagePath: string): string {
    return join(fromProjectRoot(this.config.uploads.dir), storagePath);
  }
}
