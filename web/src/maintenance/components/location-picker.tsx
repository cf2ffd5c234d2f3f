import { TreeSelect, type TreeSelectProps } from 'antd';
import type { Schemas } from '../../common/api/client';
import { useLocationTree } from '../hooks/use-tickets';

type Node = Schemas['LocationTreeNode'];
interface Option {
  value: string;
  title: string;
  children: Option[];
}

function toOptions(nodes: Node[]): Option[] {
  return nodes
    .filter((node) => node.active)
    .map((node) => ({ value: node.id, title: node.name, children: toOptions(node.children) }));
}

/** The site tree (center → building → floor → room), searchable by name; any level may be picked. */
export function LocationPicker(props: Omit<TreeSelectProps, 'treeData'>) {
  const tree = useLocationTree();
  return (
    <TreeSelect
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeData={toOptions(tree.data ?? [])}
      loading={tree.isPending}
      allowClear
      treeNodeLabelProp="title"
      listHeight={320}
      {...props}
    />
  );
}
