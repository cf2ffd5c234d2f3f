import { ApiProperty } from '@nestjs/swagger';

/** A photo as the API shows it: metadata only; the file is at `/dormitory-photos/{id}`. */
export class DormitoryPhotoView {
  @ApiProperty() id: string;
  @ApiProperty() fileName: string;
  @ApiProperty() contentType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty() sha256: string;
  @ApiProperty() createdAt: Date;
}
