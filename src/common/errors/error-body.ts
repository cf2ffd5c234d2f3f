import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The one error body every endpoint returns. */
export class ErrorBody {
  @ApiProperty({ example: 409 }) statusCode: number;
  @ApiProperty({ example: 'vehicle_booking.overlap', description: 'stable machine-readable code' }) code: string;
  @ApiProperty({ example: 'the vehicle is already booked in that window' }) message: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) details?: Record<string, unknown>;
  @ApiProperty({ example: '3f0c8a9e-0a51-4b8e-9a57-4d6d2c1c5f1e' }) requestId: string;
}
