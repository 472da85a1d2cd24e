import { Badge } from '@mantine/core';
import type { ReferralStatus } from '../gql/graphql';

const LOOK: Record<ReferralStatus, { label: string; color: string }> = {
  PENDING: { label: 'Waiting for a check', color: 'violet.9' },
  VERIFIED: { label: 'Verified', color: 'green.9' },
  REJECTED: { label: 'Rejected', color: 'red.9' },
  EXHAUSTED: { label: 'All sessions used', color: 'gray.8' },
  EXPIRED: { label: 'Expired', color: 'gray.8' },
};

/** Dark text on white (outline), as the booking badges: readable on striped rows. */
export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { label, color } = LOOK[status];
  return (
    <Badge variant="outline" color={color} tt="none" bg="white">
      {label}
    </Badge>
  );
}
