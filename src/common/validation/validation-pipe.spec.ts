import { BadRequestException } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { createValidationPipe } from './validation-pipe';

class StopDto {
  @IsString() @IsNotEmpty() @MaxLength(5) address: string;
}

class TripDto {
  @IsString() @MaxLength(10) purpose: string;
  @IsInt() @Min(1) @Max(9) passengers: number;
  @IsIn(['sedan', 'van']) kind: string;
  @ValidateNested({ each: true }) @Type(() => StopDto) itinerary: StopDto[];
}

async function detailsOf(body: object) {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: TripDto });
  } catch (error) {
    return ((error as BadRequestException).getResponse() as { details: { fields: unknown[] } }).details.fields;
  }
  throw new Error('the body was accepted');
}

describe('validation pipe', () => {
  it('lists one entry per broken rule with its constraint code and the rule numbers', async () => {
    const fields = await detailsOf({
      purpose: 'x'.repeat(11),
      passengers: 0,
      kind: 'bus',
      itinerary: [{ address: 'long address' }, { address: '' }],
      extra: 1,
    });
    expect(fields).toEqual(
      expect.arrayContaining([
        { field: 'purpose', code: 'maxLength', message: expect.any(String), params: { max: 10 } },
        { field: 'passengers', code: 'min', message: expect.any(String), params: { min: 1 } },
        { field: 'kind', code: 'isIn', message: expect.any(String), params: { values: ['sedan', 'van'] } },
        { field: 'itinerary.0.address', code: 'maxLength', message: expect.any(String), params: { max: 5 } },
        { field: 'itinerary.1.address', code: 'isNotEmpty', message: expect.any(String) },
        { field: 'extra', code: 'whitelistValidation', message: expect.any(String) },
      ]),
    );
    expect(fields).toHaveLength(6);
  });

  it('reports every rule a field breaks, not only the first', async () => {
    const fields = await detailsOf({ purpose: 'ok', passengers: 'many', kind: 'van', itinerary: [] });
    expect(fields).toEqual([
      { field: 'passengers', code: 'max', message: expect.any(String), params: { max: 9 } },
      { field: 'passengers', code: 'min', message: expect.any(String), params: { min: 1 } },
      { field: 'passengers', code: 'isInt', message: expect.any(String) },
    ]);
  });
});
