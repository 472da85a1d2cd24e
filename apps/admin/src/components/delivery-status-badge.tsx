import { Badge } from '@mantine/core';
import type { DeliveryStatus } from '../gql/graphql';
import { WRAPPING_BADGE } from './technique-badge';

const LOOK: Record<DeliveryStatus, { label: string; color: string }> = {
  PENDING: { label: 'Waiting to go', color: 'blue.9' },
  // teal.9 reads at 5:1 on white; green.9 only at 4.4:1
  SENT: { label: 'Sent', color: 'teal.9' },
  DEAD: { label: 'Failed', color: 'red.9' },
  CANCELLED: { label: 'Cancelled', color: 'gray.8' },
  SKIPPED: { label: 'Skipped', color: 'gray.8' },
};

/** The statuses, in the order a filter offers them, with the words the badges use. */
export const DELIVERY_STATUS_OPTIONS = (['PENDING', 'SENT', 'DEAD', 'CANCELLED', 'SKIPPED'] as const).map((value) => ({
  value,
  label: LOOK[value].label,
}));

/**
 * An email or webhook call's status, as the booking badges (dark text on white), wrapping rather than
 * cut short in a narrow column. `kept`: an email done without a mail server, which went nowhere.
 */
export function DeliveryStatusBadge({ status, kept = false }: { status: DeliveryStatus; kept?: boolean }) {
  const { label, color } = kept && status === 'SENT' ? { label: 'Kept, not sent', color: 'violet.9' } : LOOK[status];
  return (
    <Badge variant="outline" color={color} tt="none" bg="white" styles={WRAPPING_BADGE}>
      {label}
    </Badge>
  );
}
