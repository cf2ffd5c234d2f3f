import { Button, Card, Col, Form, InputNumber, Row, Select, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { inTaipei } from '../../common/dates/roc-date';
import { useErrorReporter } from '../../common/errors/use-error-reporter';
import { EmptyState, LoadingState } from '../../common/states/states';
import { CenterSelect } from '../components/center-select';
import { SpaceCard } from '../components/space-card';
import { timeOf } from '../components/venue-time';
import { WindowFields, windowOf, type WindowValues } from '../components/window-fields';
import {
  useFreeSlots,
  useSpaces,
  type FreeSlotQuery,
  type FreeSpace,
  type Space,
  type SpaceKind,
} from '../hooks/use-venues';
import { venuesText as text } from '../messages';

interface Fields extends WindowValues {
  attendees: number;
  kind?: SpaceKind;
  siteId?: string;
  equipment?: string[];
}

/** Every kind of equipment some space offers, by code. */
function equipmentOptions(spaces: readonly Space[]) {
  const names = new Map<string, string>();
  for (const item of spaces.flatMap((space) => space.equipment)) names.set(item.code, item.name);
  return [...names].map(([value, label]) => ({ value, label }));
}

function bookLink(space: FreeSpace, query: FreeSlotQuery): string {
  const params = new URLSearchParams({
    spaceId: space.id,
    date: inTaipei(query.startsAt).format('YYYY-MM-DD'),
    from: timeOf(query.startsAt),
    to: timeOf(query.endsAt),
    attendees: String(query.attendees),
  });
  return `/spaces/book?${params.toString()}`;
}

function Results({ query }: { query: FreeSlotQuery }) {
  const free = useFreeSlots(query);
  if (free.isPending) return <LoadingState />;
  // The form shows why the search was refused, next to the fields.
  if (free.isError) return null;
  if (!free.data.length) return <EmptyState description={text.noneFree} />;
  return (
    <>
      <Typography.Paragraph>{text.freeCount(free.data.length)}</Typography.Paragraph>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {free.data.map((space) => (
          <SpaceCard
            key={space.id}
            space={space}
            extra={space.pendingRequests > 0 && <Tag color="blue">{text.competing(space.pendingRequests)}</Tag>}
            action={
              <Link to={bookLink(space, query)} aria-label={`${text.bookThis}：${space.name}`}>
                <Button type="primary">{text.bookThis}</Button>
              </Link>
            }
          />
        ))}
      </ul>
    </>
  );
}

/** Which spaces are free for the whole window and hold the head count, with the equipment asked for. */
export default function FreeSlotsPage() {
  const [form] = Form.useForm<Fields>();
  const spaces = useSpaces();
  const report = useErrorReporter();
  const [query, setQuery] = useState<FreeSlotQuery | null>(null);
  const free = useFreeSlots(query);
  useEffect(() => {
    if (free.isError) report(free.error, form);
  }, [free.isError, free.error, report, form]);

  const search = ({ attendees, kind, siteId, equipment, ...window }: Fields) =>
    setQuery({ ...windowOf(window), attendees, kind, siteId, equipment: equipment?.length ? equipment : undefined });

  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.freeTitle}
      </Typography.Title>
      <Form<Fields> form={form} layout="vertical" onFinish={search} initialValues={{ attendees: 10 }}>
        <WindowFields />
        <Row gutter={12}>
          <Col xs={12} md={6}>
            <Form.Item
              label={text.attendees}
              name="attendees"
              rules={[{ required: true, message: text.attendeesRequired }]}
            >
              <InputNumber min={1} max={100000} precision={0} inputMode="numeric" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={text.kind} name="kind">
              <Select
                allowClear
                placeholder={text.allKinds}
                options={Object.entries(text.spaceKinds).map(([value, label]) => ({ value, label }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={text.center} name="siteId">
              <CenterSelect spaces={spaces.data ?? []} allowAll />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={text.equipment} name="equipment">
          <Select mode="multiple" allowClear options={equipmentOptions(spaces.data ?? [])} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={free.isFetching}>
          {text.search}
        </Button>
      </Form>
      {query && (
        <div style={{ marginTop: 24 }}>
          <Results query={query} />
        </div>
      )}
    </Card>
  );
}
