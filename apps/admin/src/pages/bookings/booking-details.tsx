import { Anchor, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDateTime, formatTime, type Operator } from '../../app/operator-time';
import { BookingStatusBadge } from '../../components/booking-status-badge';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

export const BookingDetailsFragment = graphql(`
  fragment BookingDetails_booking on StaffBooking {
    id
    reference
    status
    start
    end
    durationMinutes
    bufferMinutes
    price {
      formatted
    }
    treatment {
      id
      name
    }
    therapist {
      id
      displayName
    }
    client {
      id
      name
      email
      phone
    }
    address {
      line1
      line2
      suburb
      state
      postcode
      country
    }
    partner {
      id
      name
    }
    referral {
      code
      status
      sessionsAuthorised
      sessionsUsed
    }
    bookedAt
    freeChangeUntil
    cancelledAt
    cancelReason
  }
`);

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="gray.7" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </Stack>
  );
}

type BookingDetailsProps = {
  booking: FragmentType<typeof BookingDetailsFragment>;
  operator: Operator;
  /** The heading level of the booking's title: 1 on its page, 3 in the calendar's drawer (under its h2). */
  titleOrder?: 1 | 3;
};

export function BookingDetails({ operator, titleOrder = 1, ...props }: BookingDetailsProps) {
  const b = getFragmentData(BookingDetailsFragment, props.booking);
  const a = b.address;
  return (
    <Stack gap="md">
      <Group gap="sm">
        <Title order={titleOrder}>Booking {b.reference}</Title>
        <BookingStatusBadge status={b.status} />
      </Group>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="md" m={0}>
        <Fact label="When">
          {formatDateTime(b.start, operator)} – {formatTime(b.end, operator)}
        </Fact>
        <Fact label="Treatment">
          {b.treatment.name}, {b.durationMinutes} min
        </Fact>
        <Fact label="Price (as sold)">{b.price.formatted}</Fact>
        <Fact label="Therapist">
          {b.therapist.displayName}
          {b.bufferMinutes > 0 && ` (${b.bufferMinutes} min travel after)`}
        </Fact>
        <Fact label="Client">{b.client.name}</Fact>
        <Fact label="Contact">
          <Anchor href={`mailto:${b.client.email}`} c="blue.9">
            {b.client.email}
          </Anchor>
          {' · '}
          <Anchor href={`tel:${b.client.phone}`} c="blue.9">
            {b.client.phone}
          </Anchor>
        </Fact>
        <Fact label="Address">
          {[a.line1, a.line2, `${a.suburb}${a.state ? ` ${a.state}` : ''} ${a.postcode}`].filter(Boolean).join(', ')}
        </Fact>
        <Fact label="Through">{b.partner?.name ?? 'Own site'}</Fact>
        <Fact label="Referral">
          {b.referral
            ? `${b.referral.code}: ${b.referral.sessionsUsed} of ${b.referral.sessionsAuthorised} sessions used`
            : 'None'}
        </Fact>
        <Fact label="Booked">{formatDateTime(b.bookedAt, operator)}</Fact>
        <Fact label="Free changes until">{formatDateTime(b.freeChangeUntil, operator)}</Fact>
        {b.cancelledAt && (
          <Fact label="Cancelled">
            {formatDateTime(b.cancelledAt, operator)}
            {b.cancelReason && `: ${b.cancelReason}`}
          </Fact>
        )}
      </SimpleGrid>
    </Stack>
  );
}
