import { Card, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { KeysetTable } from '../../common/lists/keyset-table';
import { DormitoryStatusTag, optionsOf } from '../components/labels';
import { RegisterDormitoryForm } from '../components/register-dormitory-form';
import { type Dormitory, useDormitoryList } from '../hooks/use-dormitories';
import { dormitoryText as text } from '../messages';

/** The register of the dormitories the manager's agency manages, by type and status, and adding one. */
export default function RegisterPage() {
  const [type, setType] = useState<Dormitory['type']>();
  const [status, setStatus] = useState<Dormitory['status']>();
  const [search, setSearch] = useState<string>();
  const list = useDormitoryList({ type, status, search });
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.registerTitle}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={text.type}
          allowClear
          placeholder={text.allTypes}
          style={{ width: 180 }}
          options={optionsOf(text.types)}
          value={type}
          onChange={setType}
        />
        <Select
          aria-label={text.status}
          allowClear
          placeholder={text.allStatuses}
          style={{ width: 140 }}
          options={optionsOf(text.statuses)}
          value={status}
          onChange={setStatus}
        />
        <Input.Search
          aria-label={text.search}
          placeholder={text.search}
          allowClear
          onSearch={(value) => setSearch(value || undefined)}
          style={{ width: 260 }}
        />
      </Space>
      <KeysetTable<Dormitory>
        list={list}
        emptyText={text.registerEmpty}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: text.code, dataIndex: 'code' },
          {
            title: text.name,
            dataIndex: 'name',
            render: (name: string, dormitory) => <Link to={`/dorms/${dormitory.id}`}>{name}</Link>,
          },
          { title: text.type, dataIndex: 'type', render: (value: string) => text.types[value] },
          { title: text.status, dataIndex: 'status', render: (value: string) => <DormitoryStatusTag status={value} /> },
          { title: text.address, dataIndex: 'address', responsive: ['md'] },
        ]}
      />
      <RegisterDormitoryForm />
    </Card>
  );
}
