import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatRocDate } from '../../common/dates/roc-date';
import { ListRow } from '../../common/lists/list-row';
import type { Occurrence } from '../hooks/use-obligations';
import { useLocationTree } from '../hooks/use-tickets';
import { obligationText as text } from '../obligation-messages';
import { OccurrenceStatusTag } from './occurrence-status-tag';

/** The certificate as uploaded: the cookie session authorises the download like any page load. */
function certificateHref(occurrence: Occurrence): string {
  return `/maintenance/obligation-occurrences/${occurrence.id}/attachments/${occurrence.certificateAttachmentId}`;
}

/**
 * Due dates as rows that fit a phone: due date and title, state, work order, certificate, and
 * whatever `action` the page offers for a row (completing it).
 */
export function OccurrenceRows({
  occurrences,
  action,
}: {
  occurrences: Occurrence[];
  action?: (occurrence: Occurrence) => ReactNode;
}) {
  // Each center has its own inspection of the same name: without the center two rows read alike.
  const centers = useLocationTree().data;
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {occurrences.map((occurrence) => {
        const center = centers?.find((site) => site.id === occurrence.siteId)?.name;
        return (
          <ListRow key={occurrence.id} aside={action?.(occurrence)}>
            <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
              {`${formatRocDate(occurrence.dueDate)} ${occurrence.title}`}
            </Typography.Text>
            {center && <Typography.Text type="secondary">{`・${center}`}</Typography.Text>}
            <div>
              <Space wrap size={8}>
                <OccurrenceStatusTag occurrence={occurrence} />
                {occurrence.ticketId && <Link to={`/repairs/${occurrence.ticketId}`}>{text.workOrder}</Link>}
                {occurrence.completedOn && (
                  <Typography.Text type="secondary">{`${text.completedOn} ${formatRocDate(occurrence.completedOn)}`}</Typography.Text>
                )}
                {occurrence.certificateAttachmentId && <a href={certificateHref(occurrence)}>{text.certificate}</a>}
              </Space>
            </div>
          </ListRow>
        );
      })}
    </ul>
  );
}
