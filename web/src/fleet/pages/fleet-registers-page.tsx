import { Card, Collapse, Space, Table, Tag, Typography } from 'antd';
import { formatRocDate } from '../../common/dates/roc-date';
import { ErrorState, LoadingState } from '../../common/states/states';
import { UnavailabilityForm } from '../components/unavailability-form';
import { dispatchText as text } from '../dispatch-text';
import { useDrivers, useVehicles, useWarnings } from '../hooks/use-dispatch';

const rocDay = (value: string | null | undefined) => (value ? formatRocDate(`${value}T00:00:00+08:00`) : '—');

/** The vehicle and driver registers with the due reminders (ROC dates) and out-of-service windows. */
export default function FleetRegistersPage() {
  const vehicles = useVehicles();
  const drivers = useDrivers();
  const warnings = useWarnings();
  const failed = [vehicles, drivers, warnings].find((query) => query.error);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!vehicles.data || !drivers.data || !warnings.data) return <LoadingState />;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {text.registersTitle}
      </Typography.Title>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{text.warningsTitle}</h2>}>
        {warnings.data.items.length === 0 ? (
          <Typography.Text type="secondary">{text.warningsEmpty}</Typography.Text>
        ) : (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {warnings.data.items.map((warning) => (
              <li key={warning.id}>{warning.message}</li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{text.vehiclesTitle}</h2>}>
        {/* A scrolling box of our own: antd's `scroll` injects a style element the page's CSP refuses. */}
        <div style={{ overflowX: 'auto' }}>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={vehicles.data.items}
            columns={[
              { title: text.plate, dataIndex: 'plate' },
              {
                title: text.status,
                dataIndex: 'status',
                render: (status: string) => <Tag>{text.vehicleStatuses[status]}</Tag>,
              },
              { title: text.odometerKm, dataIndex: 'odometerKm' },
              { title: text.insurance, dataIndex: 'insuranceExpiresOn', render: rocDay },
              { title: text.inspection, dataIndex: 'inspectionDueOn', render: rocDay },
              { title: text.lastService, dataIndex: 'lastServiceOn', render: rocDay },
            ]}
          />
        </div>
        <Collapse
          style={{ marginTop: 16 }}
          items={vehicles.data.items
            .filter((vehicle) => vehicle.status !== 'retired')
            .map((vehicle) => ({
              key: vehicle.id,
              label: `${text.unavailabilityTitle}：${vehicle.plate}`,
              children: <UnavailabilityForm vehicle={vehicle} />,
            }))}
        />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{text.driversTitle}</h2>}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={drivers.data.items}
          columns={[
            { title: text.name, dataIndex: 'displayName' },
            { title: text.licence, dataIndex: 'licenceExpiresOn', render: rocDay },
            {
              title: text.status,
              dataIndex: 'active',
              render: (active: boolean) => <Tag>{active ? text.active : text.inactive}</Tag>,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
