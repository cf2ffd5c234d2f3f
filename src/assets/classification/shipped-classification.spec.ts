import { ASSETS_SQL } from '../../../bench/dataset-assets.sql';
import { fromProjectRoot } from '../../config/project-root';
import { DEMO_ASSETS_SQL } from '../demo/assets-demo.sql';
import { CLASSIFICATION_FILE, loadClassification } from './classification-loader';

const classification = loadClassification(fromProjectRoot(CLASSIFICATION_FILE));
const byCode = new Map(classification.entries.map((entry) => [entry.code, entry]));

/** `(slot, 'code', 'name', life, property)` tuples of the demo and benchmark data. */
function categoriesIn(sql: string): { code: string; name: string; life: number }[] {
  return [...sql.matchAll(/\(\d+, '([0-9A-Z-]+)', '([^']+)', (\d+), (?:true|false)\)/g)].map((match) => ({
    code: match[1],
    name: match[2],
    life: Number(match[3]),
  }));
}

describe('the shipped property classification', () => {
  it('loads, names its source and marks the entries checked against the official file', () => {
    expect(classification.source).toContain('行政院主計總處');
    expect(byCode.get('3140101-03')).toMatchObject({ name: '個人電腦', minimumServiceLife: 4, checked: true });
    expect(byCode.get('3140104-07')).toMatchObject({ name: '伺服器', minimumServiceLife: 5, checked: true });
    expect(byCode.get('3140302-01')).toMatchObject({ name: '印表機', minimumServiceLife: 5, checked: true });
  });

  it.each([
    ['demo data', DEMO_ASSETS_SQL],
    ['benchmark data', ASSETS_SQL.join('\n')],
  ])('holds every category of the %s, with its name and service life', (_, sql) => {
    const categories = categoriesIn(sql);
    expect(categories).toHaveLength(12);
    for (const category of categories) {
      expect({ code: category.code, entry: byCode.get(category.code) }).toEqual({
        code: category.code,
        entry: expect.objectContaining({ name: category.name, minimumServiceLife: category.life }),
      });
    }
  });
});
