import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { dayBoundsInZone } from '@mm/domain/zoned-time';
import { useSearchParams } from 'react-router';
import { AppShellQuery } from '../../app/app-shell';
import { type Operator, operatorDate, useOperator, zoneLabel } from '../../app/operator-time';
import { CursorPager, useCursorPages } from '../../components/cursor-pager';
import { EmptyList, ListSkeleton } from '../../components/list-states';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { graphql } from '../../gql';
import type { BookingStatus, StaffBookingFilter, StaffBookingOrder } from '../../gql/graphql';
import { BookingFilters, type BookingFilterValues, FILTER_KEYS } from './booking-filters';
import { BookingTable } from './booking-table';

export const BookingsPageQuery = graphql(`
  query BookingsPageQuery($filter: StaffBookingFilter, $order: StaffBookingOrder, $after: String) {
    staffBookings(filter: $filter, order: $order, first: 25, after: $after) {
      edges {
        node {
          id
          ...BookingTable_booking
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

// Three questions, each asked only of a role allowed it (the API refuses a whole request with one forbidden field).
export const BookingTreatmentsQuery = graphql(`
  query BookingTreatmentsQuery {
    treatments {
      id
      name
    }
  }
`);

export const BookingTherapistsQuery = graphql(`
  query BookingTherapistsQuery {
    therapists {
      id
      displayName
    }
  }
`);

export const BookingPartnersQuery = graphql(`
  query BookingPartnersQuery {
    partners {
      id
      name
    }
  }
`);

function valuesOf(params: URLSearchParams, today: string): BookingFilterValues {
  const get = (key: (typeof FILTER_KEYS)[number]) => params.get(key) ?? '';
  return {
    // Upcoming bookings unless asked otherwise.
    from: params.has('from') ? get('from') : today,
    to: get('to'),
    status: get('status') as BookingStatus | '',
    therapist: get('therapist'),
    treatment: get('treatment'),
    partner: get('partner'),
    q: get('q'),
    order: (get('order') || 'START_ASC') as StaffBookingOrder,
  };
}

function filterOf(values: BookingFilterValues, operator: Operator): StaffBookingFilter {
  const zone = operator.timeZone;
  return {
    from: values.from ? new Date(dayBoundsInZone(values.from, zone)[0]).toISOString() : null,
    to: values.to ? new Date(dayBoundsInZone(values.to, zone)[1]).toISOString() : null,
    statuses: values.status ? [values.status] : null,
    therapistId: values.therapist || null,
    treatmentId: values.treatment || null,
    partnerId: values.partner || null,
    search: values.q || null,
  };
}

export function BookingsPage() {
  const { operator, error: operatorError } = useOperator();
  return (
    <Stack gap="lg">
      <Title order={1}>Bookings</Title>
      {operatorError && <QueryErrorAlert title="The bookings could not be loaded" error={operatorError} />}
      {!operatorError && !operator && <ListSkeleton label="Loading the bookings" />}
      {operator && <BookingList operator={operator} />}
    </Stack>
  );
}

function BookingList({ operator }: { operator: Operator }) {
  const [params, setParams] = useSearchParams();
  const values = valuesOf(params, operatorDate(Date.now(), operator));
  const role = useQuery(AppShellQuery).data?.me.role;
  const office = role === 'ADMIN' || role === 'COORDINATOR';
  const treatments = useQuery(BookingTreatmentsQuery).data?.treatments;
  const therapists = useQuery(BookingTherapistsQuery, { skip: !office }).data?.therapists;
  const partners = useQuery(BookingPartnersQuery, { skip: role !== 'ADMIN' }).data?.partners;
  const pages = useCursorPages();
  const { data, error, loading } = useQuery(BookingsPageQuery, {
    variables: { filter: filterOf(values, operator), order: values.order, after: pages.after },
  });

  const apply = (next: BookingFilterValues) => {
    pages.reset();
    setParams(
      Object.fromEntries(FILTER_KEYS.flatMap((key) => (next[key] || key === 'from' ? [[key, next[key]]] : []))),
    );
  };
  const page = data?.staffBookings;

  return (
    <Stack gap="md">
      <BookingFilters
        key={params.toString()}
        values={values}
        onApply={apply}
        treatments={(treatments ?? []).map((t) => ({ value: t.id, label: t.name }))}
        therapists={office ? (therapists ?? []).map((t) => ({ value: t.id, label: t.displayName })) : undefined}
        partners={role === 'ADMIN' ? (partners ?? []).map((p) => ({ value: p.id, label: p.name })) : undefined}
      />
      <Text size="sm" c="gray.7">
        Times are in {zoneLabel(operator)}.
      </Text>
      {error && <QueryErrorAlert title="The bookings could not be loaded" error={error} />}
      {!error && loading && !page && <ListSkeleton label="Loading the bookings" />}
      {page && page.edges.length === 0 && <EmptyList>No bookings match these filters.</EmptyList>}
      {page && page.edges.length > 0 && <BookingTable bookings={page.edges.map((e) => e.node)} operator={operator} />}
      {page && <CursorPager pages={pages} pageInfo={page.pageInfo} loading={loading} />}
    </Stack>
  );
}
