import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/** Noto Sans TC from npm, so generated PDFs print Traditional Chinese on any machine. */
export const CHINESE_FONT_FILE =
  require.resolve('@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf');

let font: Buffer | undefined;

/** Reads the 7 MB font into memory without blocking; the boot warm-up calls it so no request waits on it. */
export async function loadChineseFont(): Promise<Buffer> {
  font ??= await readFile(CHINESE_FONT_FILE);
  return font;
}

/** The font's bytes, read once: pdfkit embeds only the glyphs a document uses. */
export function chineseFont(): Buffer {
  font ??= readFileSync(CHINESE_FONT_FILE);
  return font;
}
