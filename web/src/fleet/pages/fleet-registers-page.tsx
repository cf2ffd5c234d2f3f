import { Card, Space, Typography } from 'antd';
import { formatRocDate } from '../../common/dates/roc-date';
import { ErrorState, LoadingState } from '../../common/states/states';
import { formatWindow } from '../components/booking-window';
import { DriverUnavailabilityForm } from '../components/driver-unavailability-form';
import { DueReminders } from '../components/due-reminders';
import { PlainTable } from '../components/plain-table';
import { UnavailabilityForm } from '../components/unavailability-form';
import { dispatchText as text } from '../dispatch-text';
import {
  useDriverUnavailabilities,
  useDrivers,
  useVehicles,
  useWarnings,
  type DriverUnavailability,
} from '../hooks/use-dispatch';

const rocDay = (value: string | null | undefined) => (value ? formatRocDate(`${value}T00:00:00+08:00`) : '—');

/** `休假：年度休假（115年12月3日 08:00 – 17:00）`, one line per window. */
function OffRoadList({ windows }: { windows: DriverUnavailability[] }) {
  if (windows.length === 0) return text.driverUnavailabilityNone;
  return windows.map((window) => (
    <div key={window.id}>
      {text.driverUnavailabilityLabel(text.driverUnavailabilityKinds[window.kind], window.reason)}（
      {formatWindow(window)}）
    </div>
  ));
}

/** The vehicle and driver registers with the due reminders (ROC dates), out-of-service windows and drivers' leave. */
export default function FleetRegistersPage() {
  const vehicles = useVehicles();
  const drivers = useDrivers();
  const warnings = useWarnings();
  const offRoad = useDriverUnavailabilities();
  const failed = [vehicles, drivers, warnings, offRoad].find((query) => query.error);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!vehicles.data || !drivers.data || !warnings.data || !offRoad.data) return <LoadingState />;
  const offRoadOf = (driverId: string) => offRoad.data.items.filter((window) => window.driverId === driverId);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {text.registersTitle}
      </Typography.Title>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{text.warningsTitle}</h2>}>
        <DueReminders reminders={warnings.data.items} />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{text.vehiclesTitle}</h2>}>
        <PlainTable
          rows={vehicles.data.items}
          columns={[
            { title: text.plate, cell: (vehicle) => vehicle.plate },
            { title: text.status, cell: (vehicle) => text.vehicleStatuses[vehicle.status] },
            { title: text.odometerKm, cell: (vehicle) => vehicle.odometerKm },
            { title: text.insurance, cell: (vehicle) => rocDay(vehicle.insuranceExpiresOn) },
            { title: text.inspection, cell: (vehicle) => rocDay(vehicle.inspectionDueOn) },
            { title: text.lastService, cell: (vehicle) => rocDay(vehicle.lastServiceOn) },
          ]}
        />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{text.unavailabilityTitle}</h2>}>
        <UnavailabilityForm vehicles={vehicles.data.items.filter((vehicle) => vehicle.status !== 'retired')} />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{text.driversTitle}</h2>}>
        <PlainTable
          rows={drivers.data.items}
          columns={[
            { title: text.name, cell: (driver) => driver.displayName },
            { title: text.licence, cell: (driver) => rocDay(driver.licenceExpiresOn) },
            { title: text.status, cell: (driver) => (driver.active ? text.active : text.inactive) },
            {
              title: text.driverUnavailabilityColumn,
              cell: (driver) => <OffRoadList windows={offRoadOf(driver.id)} />,
            },
          ]}
        />
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{text.driverUnavailabilityTitle}</h2>}>
        <DriverUnavailabilityForm drivers={drivers.data.items.filter((driver) => driver.active)} />
      </Card>
    </Space>
  );
}
