import { Card, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { KeysetTable } from '../../common/lists/keyset-table';
import { AssetStatusTag } from '../components/asset-status-tag';
import { locationNames } from '../components/locations';
import { type Asset, useAssetList, useLocationTree } from '../hooks/use-assets';
import { ITEM_CLASS_LABELS, KIND_LABELS, STATUS_LABELS, assetsText as text } from '../messages';

interface Filter {
  search?: string;
  categoryCode?: string;
  status?: Asset['status'];
}

function kindLabel(asset: Asset): string {
  return asset.itemClass ? `${KIND_LABELS.item}（${ITEM_CLASS_LABELS[asset.itemClass]}）` : KIND_LABELS[asset.kind];
}

/** The property register, searchable by number, name, custodian, classification, status and place. */
export default function RegisterPage() {
  const [filter, setFilter] = useState<Filter>({});
  const list = useAssetList(filter);
  const names = locationNames(useLocationTree().data);
  const [form] = Form.useForm<Filter>();
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.registerTitle}
      </Typography.Title>
      <Form
        form={form}
        layout="inline"
        onFinish={(values: Filter) => setFilter(clean(values))}
        onValuesChange={(changed: Filter) => 'status' in changed && form.submit()}
        style={{ marginBottom: 16 }}
      >
        {/* An inline item keeps its content's width; on a phone the search with its button must shrink. */}
        <Form.Item name="search" label={text.search} style={{ maxWidth: '100%' }}>
          <Input.Search
            allowClear
            placeholder={text.searchHint}
            enterButton={text.search}
            onSearch={() => form.submit()}
          />
        </Form.Item>
        <Form.Item name="categoryCode" label={text.category}>
          <Input allowClear style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="status" label={text.statusFilter}>
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={text.allStatuses}
            options={Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
      </Form>
      <KeysetTable<Asset>
        list={list}
        emptyText={text.registerEmpty}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: text.propertyNumber,
            dataIndex: 'propertyNumber',
            render: (value: string, asset) => <Link to={`/property/${asset.id}`}>{value}</Link>,
          },
          { title: text.name, dataIndex: 'name' },
          { title: text.kind, key: 'kind', render: (_, asset) => kindLabel(asset) },
          { title: text.custodian, dataIndex: 'custodianName' },
          { title: text.location, key: 'location', render: (_, asset) => names.get(asset.locationId) ?? '' },
          {
            title: text.status,
            dataIndex: 'status',
            render: (status: Asset['status']) => <AssetStatusTag status={status} />,
          },
        ]}
      />
    </Card>
  );
}

function clean(values: Filter): Filter {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined && value !== ''),
  ) as Filter;
}
