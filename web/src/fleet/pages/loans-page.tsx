import { Card, Statistic, Typography } from 'antd';
import { EmptyState, ErrorState, LoadingState } from '../../common/states/states';
import { BookingList } from '../components/booking-list';
import { dispatchText as text } from '../dispatch-text';
import { useLoans } from '../hooks/use-dispatch';

/** Cars lent to other agencies (a figure of the yearly report) and how many. */
export default function LoansPage() {
  const loans = useLoans();
  if (loans.error) return <ErrorState error={loans.error} onRetry={() => void loans.refetch()} />;
  if (!loans.data) return <LoadingState />;
  const lent = loans.data.items.filter((booking) => !['rejected', 'cancelled'].includes(booking.state));
  return (
    <Card>
      <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {text.loansTitle}
      </Typography.Title>
      <Statistic title={text.loansCount(lent.length)} value={lent.length} />
      {lent.length === 0 ? <EmptyState description={text.loansEmpty} /> : <BookingList bookings={lent} />}
    </Card>
  );
}
