import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Form, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { Schemas } from '../../common/api/client';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { usePageMessage } from '../../common/feedback/page-message';
import { sendChange } from '../../common/feedback/send-change';
import { KeysetTable } from '../../common/lists/keyset-table';
import { useLabelSheet, type LabelSelection } from '../hooks/use-asset-files';
import { useAssetList, useLocationTree, type Asset } from '../hooks/use-assets';
import { assetsText } from '../messages';
import { reportsText as text } from '../report-messages';

type LocationNode = Schemas['LocationTreeNode'];

/** Centers and rooms by their full path: the places a label run covers (a center takes all its rooms). */
function placeOptions(tree: LocationNode[] | undefined): { value: string; label: string; kind: string }[] {
  const options: { value: string; label: string; kind: string }[] = [];
  const walk = (nodes: LocationNode[], above: string) =>
    nodes.forEach((node) => {
      const name = above ? `${above}／${node.name}` : node.name;
      if (node.kind === 'site' || node.kind === 'room') options.push({ value: node.id, label: name, kind: node.kind });
      walk(node.children, name);
    });
  walk(tree ?? [], '');
  return options;
}

/** Prints the QR label sheet for the assets chosen at a place, or for every asset there. */
export default function LabelsPage() {
  const places = placeOptions(useLocationTree().data);
  const [placeId, setPlaceId] = useState<string>();
  const [selected, setSelected] = useState<string[]>([]);
  const place = places.find((option) => option.value === placeId);
  const filter = place?.kind === 'site' ? { siteId: place.value } : { locationId: placeId };
  const list = useAssetList(filter);
  const sheet = useLabelSheet();
  const report = useErrorReporter();
  const message = usePageMessage();
  const print = (selection: LabelSelection) =>
    sendChange(sheet, selection, {
      onSuccess: () => void message.success(text.labelsReady),
      onError: (error) => report(error),
    });

  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.labelsTitle}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{text.labelsIntro}</Typography.Paragraph>
      <Form layout="vertical" style={{ maxWidth: 560 }}>
        <Form.Item label={text.location} htmlFor="labels-location">
          <Select
            id="labels-location"
            showSearch
            optionFilterProp="label"
            placeholder={text.chooseLocation}
            options={places}
            value={placeId}
            onChange={(value: string) => {
              setPlaceId(value);
              setSelected([]);
            }}
          />
        </Form.Item>
      </Form>
      {placeId && (
        <>
          <Space wrap style={{ marginBottom: 16 }}>
            <Button
              type="primary"
              icon={<PrinterOutlined />}
              disabled={!selected.length}
              loading={sheet.isPending}
              onClick={() => print({ assetIds: selected })}
            >
              {text.printSelected(selected.length)}
            </Button>
            <Button icon={<PrinterOutlined />} loading={sheet.isPending} onClick={() => print({ locationId: placeId })}>
              {text.printLocation}
            </Button>
          </Space>
          <KeysetTable<Asset>
            list={list}
            emptyText={text.labelsEmpty}
            rowSelection={{
              selectedRowKeys: selected,
              onChange: (keys) => setSelected(keys as string[]),
              getCheckboxProps: (asset) => ({ 'aria-label': asset.propertyNumber }),
            }}
            columns={[
              { title: assetsText.propertyNumber, dataIndex: 'propertyNumber' },
              { title: assetsText.name, dataIndex: 'name' },
              { title: assetsText.custodian, dataIndex: 'custodianName' },
            ]}
          />
        </>
      )}
    </Card>
  );
}
