import { Box, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { formatTime, type Operator } from '../../app/operator-time';
import { type FragmentType, getFragmentData } from '../../gql';
import {
  BLOCK_COLOURS,
  bookingLabel,
  minutesOn,
  StatusWords,
  TIME_OFF_FILL,
  TRAVEL_FILL,
  touches,
} from './calendar-blocks';
import { CalendarColumnFragment } from './calendar-page';

const PX_PER_MINUTE = 1;
const TIME_AXIS_PX = 64;
const COLUMN_MIN_PX = 160;
const HOUR_LINES = `repeating-linear-gradient(to bottom, var(--mantine-color-gray-4) 0 1px, transparent 1px ${60 * PX_PER_MINUTE}px)`;

type CalendarDayGridProps = {
  date: string;
  columns: ReadonlyArray<FragmentType<typeof CalendarColumnFragment>>;
  operator: Operator;
  onOpen: (bookingId: string) => void;
};

/** One day, one column per therapist: working time white, the rest grey, time off hatched, bookings as blocks. */
export function CalendarDayGrid({ date, operator, onOpen, ...props }: CalendarDayGridProps) {
  const columns = getFragmentData(CalendarColumnFragment, props.columns);
  // The hours shown: 8 am to 6 pm, widened to whatever work or booking the day holds.
  let first = 8 * 60;
  let last = 18 * 60;
  for (const c of columns) {
    for (const r of [...c.workingHours, ...c.bookings]) {
      if (!touches(date, r, operator)) continue;
      const { from, to } = minutesOn(date, r, operator);
      first = Math.min(first, from);
      last = Math.max(last, to + ('bufferMinutes' in r ? r.bufferMinutes : 0));
    }
  }
  first = Math.floor(first / 60) * 60;
  last = Math.min(24 * 60, Math.ceil(last / 60) * 60);
  const height = (last - first) * PX_PER_MINUTE;
  const y = (minutes: number) => (Math.max(first, Math.min(last, minutes)) - first) * PX_PER_MINUTE;
  /** Where each range touching the day lies: full-width bands across the column. */
  const bands = (ranges: readonly { start: string; end: string }[]) =>
    ranges
      .filter((r) => touches(date, r, operator))
      .map((r) => {
        const { from, to } = minutesOn(date, r, operator);
        return {
          key: r.start,
          style: { position: 'absolute', top: y(from), height: y(to) - y(from), left: 0, right: 0 } as const,
        };
      });
  const hours = Array.from({ length: (last - first) / 60 }, (_, i) => first + i * 60);
  const hourLabel = (minutes: number) =>
    formatTime(new Date(Date.UTC(2000, 0, 1, minutes / 60)).toISOString(), { ...operator, timeZone: 'UTC' });

  return (
    <Box
      component="section"
      aria-label="Day calendar, one column per therapist"
      tabIndex={0}
      style={{ overflowX: 'auto', border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }}
    >
      <Box
        style={{
          display: 'grid',
          gridTemplateColumns: `${TIME_AXIS_PX}px repeat(${columns.length}, minmax(${COLUMN_MIN_PX}px, 1fr))`,
          minWidth: TIME_AXIS_PX + columns.length * COLUMN_MIN_PX,
        }}
      >
        <Box />
        {columns.map((c) => (
          <Text
            key={c.therapist.id}
            fw={600}
            size="sm"
            p="xs"
            ta="center"
            style={{ borderLeft: '1px solid var(--mantine-color-gray-4)' }}
          >
            {c.therapist.displayName}
          </Text>
        ))}
        <Box style={{ position: 'relative', height }} aria-hidden>
          {hours.map((m) => (
            <Text key={m} size="xs" c="gray.8" style={{ position: 'absolute', top: y(m), right: 6, lineHeight: 1 }}>
              {hourLabel(m)}
            </Text>
          ))}
        </Box>
        {columns.map((c) => (
          <Box
            key={c.therapist.id}
            role="group"
            aria-label={c.therapist.displayName}
            style={{
              position: 'relative',
              height,
              background: 'var(--mantine-color-gray-2)',
              borderLeft: '1px solid var(--mantine-color-gray-4)',
            }}
          >
            {bands(c.workingHours).map((band) => (
              <Box key={band.key} style={{ ...band.style, background: 'white' }} />
            ))}
            <Box
              aria-hidden
              style={{ position: 'absolute', inset: 0, background: HOUR_LINES, pointerEvents: 'none' }}
            />
            {bands(c.timeOff).map((band) => (
              <Box key={band.key} style={{ ...band.style, background: TIME_OFF_FILL }}>
                <Text size="xs" fw={600} c="gray.9" p={4}>
                  Time off
                </Text>
              </Box>
            ))}
            {c.bookings
              .filter((b) => touches(date, b, operator))
              .map((b) => {
                const { from, to } = minutesOn(date, b, operator);
                const colours = BLOCK_COLOURS[b.status];
                const label = bookingLabel(b, operator);
                return (
                  <Box key={b.id}>
                    <UnstyledButton
                      onClick={() => onOpen(b.id)}
                      title={label}
                      style={{
                        position: 'absolute',
                        top: y(from),
                        height: Math.max(18, y(to) - y(from)),
                        left: 4,
                        right: 4,
                        background: colours.background,
                        borderLeft: `4px solid ${colours.edge}`,
                        borderRadius: 4,
                        padding: '2px 6px',
                        overflow: 'hidden',
                        color: 'var(--mantine-color-dark-9)',
                      }}
                    >
                      <Text size="xs" fw={600} lh={1.3}>
                        {formatTime(b.start, operator)}{' '}
                        <VisuallyHidden>to {formatTime(b.end, operator)}</VisuallyHidden> {b.client.name}
                      </Text>
                      <Text size="xs" lh={1.3}>
                        {b.treatment.name}
                      </Text>
                      <StatusWords status={b.status} />
                    </UnstyledButton>
                    {b.bufferMinutes > 0 && (
                      <Box
                        aria-hidden
                        title="Travel"
                        style={{
                          position: 'absolute',
                          top: y(to),
                          height: y(to + b.bufferMinutes) - y(to),
                          left: 4,
                          right: 4,
                          background: TRAVEL_FILL,
                          borderRadius: '0 0 4px 4px',
                        }}
                      />
                    )}
                  </Box>
                );
              })}
          </Box>
        ))}
      </Box>
    </Box>
  );
}
