import { LocationTreeNode } from './dto/location.dto';

/**
 * A place's name from its center down, as people say it: the names in order, leaving out one the
 * next repeats (四維行政中心 / 四維行政中心大樓 / 7樓 reads 「四維行政中心大樓 7樓」).
 */
export function placeLabel(names: string[]): string {
  return names.filter((name, index) => !names[index + 1]?.startsWith(name)).join(' ');
}

/** What a location is called, and where it is. */
export interface PlaceNames {
  siteId: string;
  siteName: string;
  label: string;
  /** Every name from the center down, as older records and files write a place. */
  namePath: string;
  /** The codes from the center down, joined by `-`. */
  codePath: string;
  /** False when the location or one above it is no longer in use. */
  active: boolean;
}

/** The names of every location in the tree, by id. */
export function placeNamesOf(tree: LocationTreeNode[]): Map<string, PlaceNames> {
  const places = new Map<string, PlaceNames>();
  const visit = (node: LocationTreeNode, site: LocationTreeNode, above: LocationTreeNode[]) => {
    const path = [...above, node];
    places.set(node.id, {
      siteId: site.id,
      siteName: site.name,
      label: placeLabel(path.map((location) => location.name)),
      namePath: path.map((location) => location.name).join(' '),
      codePath: path.map((location) => location.code).join('-'),
      active: path.every((location) => location.active),
    });
    for (const child of node.children) visit(child, site, path);
  };
  for (const site of tree) visit(site, site, []);
  return places;
}
