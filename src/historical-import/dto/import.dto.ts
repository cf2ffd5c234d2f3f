import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { IsBase64Text } from '../../common/validation/base64';

export const IMPORT_KINDS = [
  'repair_cases',
  'car_trips',
  'venue_bookings',
  'parking_permits',
  'residence_checks',
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export class ImportKindParam {
  @ApiProperty({ enum: IMPORT_KINDS }) @IsIn(IMPORT_KINDS) kind: ImportKind;
}

export class ImportFileDto {
  @ApiProperty({ example: '112年報修案件.xlsx', description: '.csv (UTF-8) or .xlsx, headings in row 1' })
  @IsString()
  @MaxLength(200)
  @Matches(/\.(csv|xlsx)$/i, { message: 'fileName must end in .csv or .xlsx' })
  fileName: string;

  @ApiProperty({ description: 'the file, base64-encoded' })
  @IsString()
  @IsNotEmpty()
  @IsBase64Text()
  dataBase64: string;
}

class LineProblemView {
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'row of the file (heading = 1); null for the file as a whole',
  })
  line: number | null;
  @ApiProperty({ required: false, example: 'receivedAt' }) field?: string;
  @ApiProperty({ required: false, example: '報修時間', description: "the file's heading of the field" })
  column?: string;
  @ApiProperty({ example: 'import.bad_date' }) code: string;
  @ApiProperty({ description: 'English, for logs; the code (and params) word it for users' }) message: string;
  @ApiProperty({ required: false, type: Object, additionalProperties: true, description: '{ column, value }' })
  params?: Record<string, unknown>;
}

export class ImportReportView {
  @ApiProperty({ enum: IMPORT_KINDS }) kind: ImportKind;
  @ApiProperty({ description: 'whether the records were written' }) committed: boolean;
  @ApiProperty({ description: 'data lines in the file' }) lines: number;
  @ApiProperty({ type: [LineProblemView], description: 'every problem, by line; empty when the file can be imported' })
  problems: LineProblemView[];
}
