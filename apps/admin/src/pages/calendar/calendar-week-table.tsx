import { Stack, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { addDays } from '@mm/domain/zoned-time';
import { formatDate, formatTime, type Operator } from '../../app/operator-time';
import { type FragmentType, getFragmentData } from '../../gql';
import { BLOCK_COLOURS, bookingLabel, StatusWords, TIME_OFF_FILL, touches } from './calendar-blocks';
import { CalendarColumnFragment } from './calendar-page';

type CalendarWeekTableProps = {
  from: string;
  columns: ReadonlyArray<FragmentType<typeof CalendarColumnFragment>>;
  operator: Operator;
  onOpen: (bookingId: string) => void;
};

/** A week: one row per therapist, one column per day, each day's bookings in order. */
export function CalendarWeekTable({ from, operator, onOpen, ...props }: CalendarWeekTableProps) {
  const columns = getFragmentData(CalendarColumnFragment, props.columns);
  const days = Array.from({ length: 7 }, (_, i) => addDays(from, i));
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table aria-label="Week calendar, one row per therapist" withColumnBorders verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Therapist</Table.Th>
            {days.map((d) => (
              <Table.Th key={d}>{formatDate(d, operator, 'day')}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {columns.map((c) => (
            <Table.Tr key={c.therapist.id}>
              <Table.Th scope="row">{c.therapist.displayName}</Table.Th>
              {days.map((d) => {
                const hours = c.workingHours.filter((r) => touches(d, r, operator));
                const working = hours.length > 0;
                const off = c.timeOff.some((r) => touches(d, r, operator));
                const bookings = c.bookings.filter((b) => touches(d, b, operator));
                return (
                  <Table.Td
                    key={d}
                    style={{
                      verticalAlign: 'top',
                      background: off ? TIME_OFF_FILL : working ? 'white' : 'var(--mantine-color-gray-2)',
                    }}
                  >
                    <Stack gap={4}>
                      {off && (
                        <Text size="xs" fw={600} c="gray.9">
                          Time off
                        </Text>
                      )}
                      {hours.map((r) => (
                        <Text key={r.start} size="xs" c="gray.8">
                          {formatTime(r.start, operator)}–{formatTime(r.end, operator)}
                        </Text>
                      ))}
                      {!working && !off && bookings.length === 0 && (
                        <Text size="xs" c="gray.8">
                          Not working
                        </Text>
                      )}
                      {bookings.map((b) => {
                        const colours = BLOCK_COLOURS[b.status];
                        return (
                          <UnstyledButton
                            key={b.id}
                            onClick={() => onOpen(b.id)}
                            title={bookingLabel(b, operator)}
                            style={{
                              background: colours.background,
                              borderLeft: `4px solid ${colours.edge}`,
                              borderRadius: 4,
                              padding: '2px 6px',
                              color: 'var(--mantine-color-dark-9)',
                            }}
                          >
                            <Text size="xs" fw={600}>
                              {formatTime(b.start, operator)}{' '}
                              <VisuallyHidden>to {formatTime(b.end, operator)}</VisuallyHidden> {b.client.name}
                            </Text>
                            <StatusWords status={b.status} />
                          </UnstyledButton>
                        );
                      })}
                    </Stack>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
