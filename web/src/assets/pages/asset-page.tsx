import { Card, Descriptions, Space, Typography } from 'antd';
import { useParams } from 'react-router';
import { ApiError } from '../../common/api/client';
import { formatRocDate } from '../../common/dates/roc-date';
import { ErrorState, LoadingState, NotFoundState } from '../../common/states/states';
import { AssetStatusTag } from '../components/asset-status-tag';
import { locationNames } from '../components/locations';
import { useAsset, useLocationTree } from '../hooks/use-assets';
import { ITEM_CLASS_LABELS, KIND_LABELS, assetsText as text } from '../messages';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MOVEMENT_LABELS = { transfer: '移撥', donation: '捐贈', sale: '變賣', scrap: '報廢' } as const;

/** One asset of the register: what it is, where it is, who holds it, and how it left the register. */
export default function AssetPage() {
  const { id = '' } = useParams();
  if (!UUID.test(id)) return <NotFoundState title={text.notFound} />;
  return <AssetDetail id={id} />;
}

function AssetDetail({ id }: { id: string }) {
  const asset = useAsset(id);
  const names = locationNames(useLocationTree().data);
  if (asset.isPending) return <LoadingState />;
  if (asset.error instanceof ApiError && asset.error.status === 404) return <NotFoundState title={text.notFound} />;
  if (asset.isError) return <ErrorState error={asset.error} onRetry={() => void asset.refetch()} />;
  const data = asset.data;
  const movement = data.movement;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {data.name}
        </Typography.Title>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={text.propertyNumber}>{data.propertyNumber}</Descriptions.Item>
          <Descriptions.Item label={text.status}>
            <AssetStatusTag status={data.status} />
          </Descriptions.Item>
          <Descriptions.Item label={text.kind}>
            {data.itemClass ? `${KIND_LABELS.item}（${ITEM_CLASS_LABELS[data.itemClass]}）` : KIND_LABELS[data.kind]}
          </Descriptions.Item>
          <Descriptions.Item label={text.category}>{data.categoryCode}</Descriptions.Item>
          <Descriptions.Item label={text.location}>{names.get(data.locationId) ?? ''}</Descriptions.Item>
          <Descriptions.Item label={text.custodian}>{data.custodianName ?? ''}</Descriptions.Item>
          <Descriptions.Item label={text.acquisitionDate}>{formatRocDate(data.acquisitionDate)}</Descriptions.Item>
          <Descriptions.Item label={text.acquisitionCost}>
            {data.acquisitionCost.toLocaleString('zh-TW')}
          </Descriptions.Item>
          <Descriptions.Item label={text.serviceLife}>
            {data.minimumServiceLifeYears} {text.years}
          </Descriptions.Item>
          {data.specification && <Descriptions.Item label={text.specification}>{data.specification}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {text.movement}
          </Typography.Title>
        }
      >
        {movement ? (
          <Descriptions column={1} size="small">
            <Descriptions.Item label={MOVEMENT_LABELS[movement.kind]}>
              {formatRocDate(movement.occurredOn)}
            </Descriptions.Item>
            {movement.recipientName && <Descriptions.Item label="受領者">{movement.recipientName}</Descriptions.Item>}
            {movement.reason && <Descriptions.Item label="原因">{movement.reason}</Descriptions.Item>}
          </Descriptions>
        ) : (
          <Typography.Text>{text.noMovement}</Typography.Text>
        )}
      </Card>
    </Space>
  );
}
