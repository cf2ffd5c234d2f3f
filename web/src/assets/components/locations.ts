import type { Schemas } from '../../common/api/client';

type LocationNode = Schemas['LocationTreeNode'];

/**
 * A place's names from its center down, leaving out one the next repeats, as the service names
 * places (`四維行政中心大樓／3樓／301`, not `四維行政中心／四維行政中心大樓／…`).
 */
function placeName(names: string[]): string {
  return names.filter((name, index) => !names[index + 1]?.startsWith(name)).join('／');
}

/** Visits every location with the names of its path, from the center down. */
function eachPlace(tree: LocationNode[] | undefined, visit: (node: LocationNode, names: string[]) => void): void {
  const walk = (nodes: LocationNode[], above: string[]) =>
    nodes.forEach((node) => {
      const names = [...above, node.name];
      visit(node, names);
      walk(node.children, names);
    });
  walk(tree ?? [], []);
}

/** Every location's full name (`鳳山行政中心／前棟／3樓／301`) by id, to show where an asset is. */
export function locationNames(tree: LocationNode[] | undefined): Map<string, string> {
  const names = new Map<string, string>();
  eachPlace(tree, (node, path) => names.set(node.id, placeName(path)));
  return names;
}

/** The rooms in use, as options named by their full path. */
export function roomOptions(tree: LocationNode[] | undefined): { value: string; label: string }[] {
  const options: { value: string; label: string }[] = [];
  eachPlace(tree, (node, path) => {
    if (node.kind === 'room' && node.active) options.push({ value: node.id, label: placeName(path) });
  });
  return options;
}
