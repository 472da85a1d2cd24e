import { Text } from '@mantine/core';
import { formatTime, type Operator, operatorDate, wallMinutes } from '../../app/operator-time';
import type { BookingStatus } from '../../gql/graphql';

export type CalendarBooking = {
  id: string;
  reference: string;
  status: BookingStatus;
  start: string;
  end: string;
  bufferMinutes: number;
  client: { name: string };
  treatment: { name: string };
};

/** A booking block's tooltip: its times, client, treatment and outcome. */
export const bookingLabel = (b: CalendarBooking, operator: Operator): string =>
  `${formatTime(b.start, operator)}–${formatTime(b.end, operator)}, ${b.client.name}, ${b.treatment.name}` +
  (b.status === 'CONFIRMED' ? '' : ` (${b.status === 'COMPLETED' ? 'completed' : 'no-show'})`);

/** Light fills with dark text and a dark edge: 4.5:1 or better whatever the status. */
export const BLOCK_COLOURS: Record<BookingStatus, { background: string; edge: string }> = {
  CONFIRMED: { background: 'var(--mantine-color-blue-1)', edge: 'var(--mantine-color-blue-9)' },
  COMPLETED: { background: 'var(--mantine-color-green-1)', edge: 'var(--mantine-color-green-9)' },
  NO_SHOW: { background: 'var(--mantine-color-red-1)', edge: 'var(--mantine-color-red-9)' },
  CANCELLED: { background: 'var(--mantine-color-gray-1)', edge: 'var(--mantine-color-gray-7)' },
};

export const TIME_OFF_FILL =
  'repeating-linear-gradient(135deg, var(--mantine-color-gray-2) 0 6px, var(--mantine-color-gray-3) 6px 12px)';
export const TRAVEL_FILL =
  'repeating-linear-gradient(45deg, var(--mantine-color-blue-2) 0 4px, var(--mantine-color-blue-0) 4px 8px)';

/**
 * Where [start, end) lies on the wall clock of `date` in the operator's zone, in
 * minutes from midnight, cut to that day.
 */
export function minutesOn(date: string, range: { start: string; end: string }, operator: Operator) {
  const startDate = operatorDate(range.start, operator);
  const endDate = operatorDate(range.end, operator);
  const from = startDate < date ? 0 : wallMinutes(range.start, operator);
  const to = endDate > date ? 24 * 60 : wallMinutes(range.end, operator);
  return { from, to };
}

/** Whether [start, end) touches the operator's `date`. */
export const touches = (date: string, range: { start: string; end: string }, operator: Operator): boolean =>
  operatorDate(range.start, operator) <= date && date <= operatorDate(Date.parse(range.end) - 1, operator);

/** A finished booking says what became of it in words, not by its colour alone. */
export function StatusWords({ status }: { status: BookingStatus }) {
  if (status === 'CONFIRMED') return null;
  return (
    <Text size="xs" fw={600} lh={1.3}>
      {status === 'COMPLETED' ? 'Completed' : status === 'NO_SHOW' ? 'No-show' : 'Cancelled'}
    </Text>
  );
}
