import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromProjectRoot } from '../../../src/config/project-root';

/**
 * A fontconfig file that adds the Traditional Chinese font the service already ships from npm (for
 * its PDFs) to the system's fonts, so the screenshots show Chinese rather than empty boxes on a
 * machine without CJK fonts. Users' own browsers bring their own fonts.
 */
export function fontConfigWithChinese(): string {
  const directory = mkdtempSync(join(tmpdir(), 'facilities-ops-fonts-'));
  const file = join(directory, 'fonts.conf');
  const fonts = ['400Regular', '700Bold'].map((weight) =>
    fromProjectRoot(join('node_modules/@expo-google-fonts/noto-sans-tc', weight)),
  );
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  ${fonts.map((dir) => `<dir>${dir}</dir>`).join('\n  ')}
  <cachedir>${join(directory, 'cache')}</cachedir>
</fontconfig>
`,
  );
  return file;
}
