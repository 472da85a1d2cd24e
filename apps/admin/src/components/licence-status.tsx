import { Badge } from '@mantine/core';
import { addDays } from '@mm/domain/zoned-time';
import { formatDate, type Operator, operatorDate } from '../app/operator-time';

/** "Valid to 30 Jun 2031", or a warning within 30 days, or expired: what a coordinator must act on. */
export function LicenceStatus({ expiresOn, operator }: { expiresOn: string; operator: Operator }) {
  const today = operatorDate(Date.now(), operator);
  if (expiresOn < today) {
    return (
      <Badge variant="outline" color="red.9" bg="white" tt="none">
        Expired {formatDate(expiresOn, operator, 'short')}
      </Badge>
    );
  }
  if (expiresOn <= addDays(today, 30)) {
    return (
      <Badge variant="outline" color="red.9" bg="white" tt="none">
        Expires {formatDate(expiresOn, operator, 'short')}
      </Badge>
    );
  }
  return <>Valid to {formatDate(expiresOn, operator, 'short')}</>;
}
