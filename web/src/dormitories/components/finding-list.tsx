import { Tag, Typography } from 'antd';
import type { Finding } from '../hooks/use-patrols';
import { useRepairTicket } from '../hooks/use-patrols';
import { dormitoryText as text } from '../messages';

function RepairTicket({ id }: { id: string }) {
  const ticket = useRepairTicket(id);
  return (
    <Typography.Text>
      {text.repairTicket} {ticket.data?.number ?? '…'}
    </Typography.Text>
  );
}

/** A patrol's findings: item and severity, how many photos, and the repair ticket each opened. */
export function FindingList({ findings }: { findings: Finding[] }) {
  if (!findings.length) return <Typography.Text type="secondary">{text.findingsEmpty}</Typography.Text>;
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {findings.map((finding) => (
        <li key={finding.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
          <div>
            <strong>{finding.item}</strong> <Tag>{text.severities[finding.severity]}</Tag>
          </div>
          {finding.note && <div>{finding.note}</div>}
          <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
            <Typography.Text type="secondary">{text.photos(finding.photos.length)}</Typography.Text>
            {finding.repairTicketId && <RepairTicket id={finding.repairTicketId} />}
          </div>
        </li>
      ))}
    </ul>
  );
}
