import type { Schemas } from '../../common/api/client';

type LocationNode = Schemas['LocationTreeNode'];

/** Every location's full name (`四維行政中心／A 棟／3 樓／301`) by id, to show where an asset is. */
export function locationNames(tree: LocationNode[] | undefined): Map<string, string> {
  const names = new Map<string, string>();
  const walk = (nodes: LocationNode[], above: string) =>
    nodes.forEach((node) => {
      const name = above ? `${above}／${node.name}` : node.name;
      names.set(node.id, name);
      walk(node.children, name);
    });
  walk(tree ?? [], '');
  return names;
}

/** The rooms in use, as options named by their full path. */
export function roomOptions(tree: LocationNode[] | undefined): { value: string; label: string }[] {
  const options: { value: string; label: string }[] = [];
  const walk = (nodes: LocationNode[], above: string) =>
    nodes.forEach((node) => {
      const name = above ? `${above}／${node.name}` : node.name;
      if (node.kind === 'room' && node.active) options.push({ value: node.id, label: name });
      walk(node.children, name);
    });
  walk(tree ?? [], '');
  return options;
}
