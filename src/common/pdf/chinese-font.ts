import { readFileSync } from 'node:fs';

/** Noto Sans TC from npm, so generated PDFs print Traditional Chinese on any machine. */
const FONT_FILE = require.resolve('@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf');

let font: Buffer | undefined;

/** The font's bytes, read once: pdfkit embeds only the glyphs a document uses. */
export function chineseFont(): Buffer {
  font ??= readFileSync(FONT_FILE);
  return font;
}
