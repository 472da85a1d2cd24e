import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime, type Operator } from '../../app/operator-time';
import { BookingStatusBadge } from '../../components/booking-status-badge';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

export const BookingTableFragment = graphql(`
  fragment BookingTable_booking on StaffBooking {
    id
    reference
    status
    start
    durationMinutes
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
      name
    }
    partner {
      name
    }
  }
`);

type BookingTableProps = {
  bookings: ReadonlyArray<FragmentType<typeof BookingTableFragment>>;
  operator: Operator;
};

export function BookingTable(props: BookingTableProps) {
  const bookings = getFragmentData(BookingTableFragment, props.bookings);
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table aria-label="Bookings" striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Reference</Table.Th>
            <Table.Th>Client</Table.Th>
            <Table.Th>Treatment</Table.Th>
            <Table.Th>Therapist</Table.Th>
            <Table.Th>Through</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th ta="right">Price</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bookings.map((b) => (
            <Table.Tr key={b.id}>
              <Table.Td>{formatDateTime(b.start, props.operator)}</Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/bookings/${b.id}`}
                  ff="monospace"
                  c="blue.9"
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {b.reference}
                </Anchor>
              </Table.Td>
              <Table.Td>{b.client.name}</Table.Td>
              <Table.Td>
                {b.treatment.name}
                <Text span c="gray.7" size="sm">
                  {' '}
                  · {b.durationMinutes} min
                </Text>
              </Table.Td>
              <Table.Td>{b.therapist.displayName}</Table.Td>
              <Table.Td>{b.partner?.name ?? 'Own site'}</Table.Td>
              <Table.Td>
                <BookingStatusBadge status={b.status} />
              </Table.Td>
              <Table.Td ta="right">{b.price.formatted}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
