import { FigureCount } from './figures-provider';

const CENTER_SUFFIX = '行政中心';

/** `四維行政中心`, `鳳山行政中心` → `四維、鳳山行政中心`, as the report names both centers at once. */
export function joinCenterNames(names: string[]): string {
  if (names.every((name) => name.endsWith(CENTER_SUFFIX))) {
    return `${names.map((name) => name.slice(0, -CENTER_SUFFIX.length)).join('、')}${names.length ? CENTER_SUFFIX : ''}`;
  }
  return names.join('、');
}

export interface CenterCount {
  code: string;
  name: string;
  count: number;
}

/**
 * A figure counted per center (`辦理四維、鳳山行政中心…各2次`): one figure for the report's
 * sentence naming every center, with `{centers}` and `{perCenter}` (the count, or the distinct
 * counts joined by `、` when the centers differ), then one per center, `<key>.<code>`, sharing
 * the template `<key>_of_center` with `{center}`. Centers come in the order given.
 */
export function perCenterFigures(
  figure: Pick<FigureCount, 'key' | 'label' | 'unit'>,
  centers: CenterCount[],
): FigureCount[] {
  const counts = centers.map((center) => center.count);
  return [
    {
      ...figure,
      value: counts.reduce((sum, count) => sum + count, 0),
      params: {
        centers: joinCenterNames(centers.map((center) => center.name)),
        perCenter: [...new Set(counts)].join('、') || '0',
      },
    },
    ...centers.map((center) => ({
      key: `${figure.key}.${center.code}`,
      template: `${figure.key}_of_center`,
      label: `${center.name}${figure.label}`,
      value: center.count,
      unit: figure.unit,
      params: { center: center.name },
    })),
  ];
}
