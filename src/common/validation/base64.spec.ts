import { isBase64Text } from './base64';

describe('base64 uploads', () => {
  it('takes padded base64 of any length, a file of several megabytes included', () => {
    const large = Buffer.alloc(6_000_000, '115-000001,民政局,冷氣不冷\n').toString('base64');
    expect([isBase64Text('QUJD'), isBase64Text('QUI='), isBase64Text('QQ=='), isBase64Text(large)]).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('refuses text outside the alphabet, unpadded lengths, padding inside the text and non-strings', () => {
    expect([
      isBase64Text('QUJ$'),
      isBase64Text('QUJDR'),
      isBase64Text('QQ==QUJD'),
      isBase64Text('Q==='),
      isBase64Text(42),
    ]).toEqual([false, false, false, false, false]);
  });
});
