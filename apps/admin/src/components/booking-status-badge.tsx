import { Badge } from '@mantine/core';
import type { BookingStatus } from '../gql/graphql';

const LOOK: Record<BookingStatus, { label: string; color: string }> = {
  CONFIRMED: { label: 'Confirmed', color: 'blue.9' },
  COMPLETED: { label: 'Completed', color: 'green.9' },
  CANCELLED: { label: 'Cancelled', color: 'gray.8' },
  NO_SHOW: { label: 'No-show', color: 'red.9' },
};

/** Dark text on white (outline): readable on striped and hovered rows alike. */
export function BookingStatusBadge({ status }: { status: BookingStatus }) {
  const { label, color } = LOOK[status];
  return (
    <Badge variant="outline" color={color} tt="none" bg="white">
      {label}
    </Badge>
  );
}
