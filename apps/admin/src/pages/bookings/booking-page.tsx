import { useQuery } from '@apollo/client/react';
import { Anchor, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { type Operator, useOperator } from '../../app/operator-time';
import { ListSkeleton } from '../../components/list-states';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { graphql } from '../../gql';
import { BookingActions } from './booking-actions';
import { BookingDetails } from './booking-details';
import { CareNotes } from './care-notes';

export const BookingPageQuery = graphql(`
  query BookingPageQuery($id: ID!) {
    staffBooking(id: $id) {
      id
      ...BookingDetails_booking
      ...BookingActions_booking
      ...CareNotes_booking
    }
  }
`);

/** One booking in full with what can be done with it; shown on its page and in the calendar's drawer. */
export function BookingView({ id, operator, titleOrder }: { id: string; operator: Operator; titleOrder?: 1 | 3 }) {
  // no cache: care notes are health data, read (and the reading recorded) each time
  const { data, error } = useQuery(BookingPageQuery, { variables: { id }, fetchPolicy: 'network-only' });
  if (error) return <QueryErrorAlert title="The booking could not be loaded" error={error} />;
  if (!data) return <ListSkeleton label="Loading the booking" rows={3} />;
  return (
    <Stack gap="lg">
      <BookingDetails booking={data.staffBooking} operator={operator} titleOrder={titleOrder} />
      <BookingActions booking={data.staffBooking} />
      <CareNotes booking={data.staffBooking} />
    </Stack>
  );
}

export function BookingPage() {
  const { id = '' } = useParams();
  const { operator, error } = useOperator();
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/bookings" c="blue.9" size="sm">
        ← All bookings
      </Anchor>
      {error && <QueryErrorAlert title="The booking could not be loaded" error={error} />}
      {operator && <BookingView id={id} operator={operator} />}
    </Stack>
  );
}
