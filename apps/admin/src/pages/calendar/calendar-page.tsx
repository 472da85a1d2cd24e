import { useQuery } from '@apollo/client/react';
import { Button, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { addDays, zonedDay } from '@mm/domain/zoned-time';
import { useSearchParams } from 'react-router';
import { formatDate, type Operator, operatorDate, useOperator, zoneLabel } from '../../app/operator-time';
import { ConsoleDrawer } from '../../components/dialogs';
import { ListSkeleton } from '../../components/list-states';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { graphql } from '../../gql';
import { BookingView } from '../bookings/booking-page';
import { CalendarDayGrid } from './calendar-day-grid';
import { CalendarWeekTable } from './calendar-week-table';

export const CalendarPageQuery = graphql(`
  query CalendarPageQuery($from: Date!, $to: Date!) {
    staffCalendar(from: $from, to: $to) {
      therapist {
        id
        displayName
      }
      ...CalendarColumn_column
    }
  }
`);

export const CalendarColumnFragment = graphql(`
  fragment CalendarColumn_column on CalendarColumn {
    therapist {
      id
      displayName
    }
    workingHours {
      start
      end
    }
    timeOff {
      start
      end
    }
    bookings {
      id
      reference
      status
      start
      end
      bufferMinutes
      client {
        name
      }
      treatment {
        name
      }
    }
  }
`);

type View = 'day' | 'week';

export function CalendarPage() {
  const { operator, error } = useOperator();
  return (
    <Stack gap="md">
      <Title order={1}>Calendar</Title>
      {error && <QueryErrorAlert title="The calendar could not be loaded" error={error} />}
      {!error && !operator && <ListSkeleton label="Loading the calendar" />}
      {operator && <Calendar operator={operator} />}
    </Stack>
  );
}

/** Monday of the date's week. */
const mondayOf = (date: string): string => addDays(date, 1 - zonedDay(date, 'UTC').weekday);

function Calendar({ operator }: { operator: Operator }) {
  const [params, setParams] = useSearchParams();
  const today = operatorDate(Date.now(), operator);
  const view: View = params.get('view') === 'week' ? 'week' : 'day';
  const date = params.get('date') ?? today;
  const from = view === 'week' ? mondayOf(date) : date;
  const to = view === 'week' ? addDays(from, 6) : from;
  const opened = params.get('booking');
  const go = (next: Record<string, string | null>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value === null) merged.delete(key);
      else merged.set(key, value);
    }
    setParams(merged);
  };
  const { data, error, loading } = useQuery(CalendarPageQuery, { variables: { from, to } });
  const step = view === 'week' ? 7 : 1;
  const heading = view === 'week' ? `Week of ${formatDate(from, operator)}` : formatDate(from, operator);

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="xs">
          <Button variant="default" onClick={() => go({ date: addDays(date, -step) })}>
            Previous {view}
          </Button>
          <Button variant="default" onClick={() => go({ date: null })} disabled={date === today}>
            Today
          </Button>
          <Button variant="default" onClick={() => go({ date: addDays(date, step) })}>
            Next {view}
          </Button>
        </Group>
        <SegmentedControl
          aria-label="Show"
          value={view}
          onChange={(value) => go({ view: value === 'week' ? 'week' : null })}
          data={[
            { value: 'day', label: 'Day' },
            { value: 'week', label: 'Week' },
          ]}
        />
      </Group>
      <Title order={2} size="h3" aria-live="polite">
        {heading}
      </Title>
      <Text size="sm" c="gray.7">
        Times are in {zoneLabel(operator)}. White is working time, grey is outside working hours, hatched is time off;
        the shaded strip after a booking is the therapist's travel time.
      </Text>
      {error && <QueryErrorAlert title="The calendar could not be loaded" error={error} />}
      {!error && loading && !data && <ListSkeleton label="Loading the calendar" />}
      {data && data.staffCalendar.length === 0 && <Text c="gray.7">No therapists to show.</Text>}
      {data &&
        data.staffCalendar.length > 0 &&
        (view === 'day' ? (
          <CalendarDayGrid
            date={from}
            columns={data.staffCalendar}
            operator={operator}
            onOpen={(id) => go({ booking: id })}
          />
        ) : (
          <CalendarWeekTable
            from={from}
            columns={data.staffCalendar}
            operator={operator}
            onOpen={(id) => go({ booking: id })}
          />
        ))}
      <ConsoleDrawer opened={!!opened} onClose={() => go({ booking: null })} title="Booking">
        {opened && <BookingView id={opened} operator={operator} titleOrder={3} />}
      </ConsoleDrawer>
    </Stack>
  );
}
