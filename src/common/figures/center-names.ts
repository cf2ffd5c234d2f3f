const CENTER_SUFFIX = '行政中心';

/** `四維行政中心`, `鳳山行政中心` → `四維、鳳山行政中心`, as the report names both centers at once. */
export function joinCenterNames(names: string[]): string {
  if (names.every((name) => name.endsWith(CENTER_SUFFIX))) {
    return `${names.map((name) => name.slice(0, -CENTER_SUFFIX.length)).join('、')}${names.length ? CENTER_SUFFIX : ''}`;
  }
  return names.join('、');
}
