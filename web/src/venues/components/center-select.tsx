import { Select } from 'antd';
import type { Space } from '../hooks/use-venues';
import { venuesText as text } from '../messages';

/** The centers (sites) that have spaces, by name. */
export function centersOf(spaces: readonly Space[]): { id: string; name: string }[] {
  const centers = new Map<string, string>();
  for (const space of spaces) centers.set(space.siteId, space.siteName);
  return [...centers].map(([id, name]) => ({ id, name })).sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** A choice of center; `allowAll` adds "every center" (value undefined). */
export function CenterSelect({
  spaces,
  allowAll,
  id,
  ...props
}: {
  spaces: readonly Space[];
  allowAll?: boolean;
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
}) {
  return (
    <Select
      id={id}
      allowClear={allowAll}
      placeholder={allowAll ? text.allCenters : undefined}
      options={centersOf(spaces).map((center) => ({ value: center.id, label: center.name }))}
      style={{ width: '100%' }}
      {...props}
    />
  );
}
