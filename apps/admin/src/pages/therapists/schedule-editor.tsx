import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { findAvailableSlots } from '@mm/domain/availability';
import { parseWeeklySchedule, type WeeklyRange } from '@mm/domain/therapists';
import { addDays } from '@mm/domain/zoned-time';
import { type FormEvent, useMemo, useState } from 'react';
import { apiErrorsOf } from '../../app/api-errors';
import { formatDate, formatTime, type Operator, operatorDate } from '../../app/operator-time';
import { graphql } from '../../gql';

export const SetScheduleMutation = graphql(`
  mutation SetScheduleMutation($therapistId: ID!, $ranges: [WeeklyRangeInput!]!) {
    setWeeklySchedule(therapistId: $therapistId, ranges: $ranges) {
      id
      weeklySchedule {
        weekday
        start
        end
      }
    }
  }
`);

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const PREVIEW_MINUTES = 60;

export type ScheduleTherapist = {
  id: string;
  timeZone: string;
  licenceExpiresOn: string;
  travelBufferMinutes: number;
  weeklySchedule: readonly WeeklyRange[];
  timeOff: readonly { start: string; end: string }[];
};

type ScheduleEditorProps = {
  therapist: ScheduleTherapist;
  operator: Operator;
  policy: { slotStepMinutes: number; horizonDays: number };
};

/**
 * The week's working hours, several ranges a day, with a live preview of the starts
 * they give over the next seven days: the booking engine of packages/domain runs
 * here in the browser, on the hours as typed, so no request is needed to see them.
 */
export function ScheduleEditor({ therapist, operator, policy }: ScheduleEditorProps) {
  const [ranges, setRanges] = useState<WeeklyRange[]>(therapist.weeklySchedule.map((r) => ({ ...r })));
  const [saved, setSaved] = useState(false);
  const [run, { loading, error }] = useMutation(SetScheduleMutation);
  const checked = parseWeeklySchedule(ranges);
  const faultIndex =
    !checked.ok && checked.error.field?.startsWith('ranges.') ? Number(checked.error.field.slice(7)) : -1;

  const change = (index: number, key: 'start' | 'end', value: string) => {
    setSaved(false);
    setRanges(ranges.map((r, i) => (i === index ? { ...r, [key]: value } : r)));
  };
  const add = (weekday: number) => {
    setSaved(false);
    const last = ranges.filter((r) => r.weekday === weekday).at(-1);
    setRanges([
      ...ranges,
      last ? { weekday, start: last.end, end: '20:00' } : { weekday, start: '09:00', end: '17:00' },
    ]);
  };
  const remove = (index: number) => {
    setSaved(false);
    setRanges(ranges.filter((_, i) => i !== index));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading || !checked.ok) return;
    try {
      await run({ variables: { therapistId: therapist.id, ranges: checked.value } });
      setSaved(true);
    } catch {
      // shown below
    }
  };

  return (
    <Stack gap="md">
      <form onSubmit={submit} aria-label="Weekly schedule">
        <Stack gap="sm">
          <Text size="sm" c="gray.7">
            Hours in {therapist.timeZone}. A day without hours is a day off.
          </Text>
          <Table aria-label="Working hours by weekday" verticalSpacing="xs" maw={720}>
            <Table.Tbody>
              {WEEKDAYS.map((name, i) => {
                const weekday = i + 1;
                const rows = ranges.map((r, index) => ({ r, index })).filter(({ r }) => r.weekday === weekday);
                return (
                  <Table.Tr key={name}>
                    <Table.Th scope="row" w={120}>
                      {name}
                    </Table.Th>
                    <Table.Td>
                      <Stack gap={6}>
                        {rows.length === 0 && (
                          <Text size="sm" c="gray.7">
                            Day off
                          </Text>
                        )}
                        {rows.map(({ r, index }) => (
                          <Group key={index} gap="xs" wrap="nowrap">
                            <TextInput
                              type="time"
                              aria-label={`${name}: from`}
                              value={r.start}
                              onChange={(e) => change(index, 'start', e.currentTarget.value)}
                              error={index === faultIndex}
                              w={130}
                            />
                            <Text size="sm">to</Text>
                            <TextInput
                              type="time"
                              aria-label={`${name}: until`}
                              value={r.end}
                              onChange={(e) => change(index, 'end', e.currentTarget.value)}
                              error={index === faultIndex}
                              w={130}
                            />
                            <Button variant="default" size="xs" onClick={() => remove(index)}>
                              Remove
                            </Button>
                          </Group>
                        ))}
                      </Stack>
                    </Table.Td>
                    <Table.Td w={140}>
                      <Button variant="default" size="xs" onClick={() => add(weekday)}>
                        Add hours
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {!checked.ok && (
            <Alert color="red.9" variant="outline" role="alert">
              {faultIndex >= 0 ? `${WEEKDAYS[(ranges[faultIndex]?.weekday ?? 1) - 1]}: ` : ''}
              {checked.error.message}
            </Alert>
          )}
          {error && (
            <Alert color="red.9" variant="outline" role="alert">
              {apiErrorsOf(error)[0]?.message ?? 'The schedule could not be saved. Try again.'}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={loading} disabled={!checked.ok}>
              Save the schedule
            </Button>
            {saved && (
              <Text size="sm" role="status">
                Schedule saved.
              </Text>
            )}
          </Group>
        </Stack>
      </form>
      {checked.ok && (
        <SchedulePreview therapist={therapist} ranges={checked.value} operator={operator} policy={policy} />
      )}
    </Stack>
  );
}

function SchedulePreview({
  therapist,
  ranges,
  operator,
  policy,
}: ScheduleEditorProps & { ranges: readonly WeeklyRange[] }) {
  const from = addDays(operatorDate(Date.now(), operator), 1);
  const days = useMemo(() => {
    const result = findAvailableSlots({
      therapists: [
        {
          id: therapist.id,
          timeZone: therapist.timeZone,
          weeklySchedule: ranges,
          timeOff: therapist.timeOff.map((o) => ({ start: Date.parse(o.start), end: Date.parse(o.end) })),
          servicePostcodes: [],
          techniques: [],
          medicalQualified: false,
          licenceExpiresOn: therapist.licenceExpiresOn,
          travelBufferMinutes: therapist.travelBufferMinutes,
        },
      ],
      bookings: [],
      treatment: { requiresReferral: false, techniques: [] },
      durationMinutes: PREVIEW_MINUTES,
      from,
      to: addDays(from, 6),
      timeZone: operator.timeZone,
      policy: { slotStepMinutes: policy.slotStepMinutes, minNoticeMinutes: 0, horizonDays: policy.horizonDays },
      now: Date.now(),
    });
    return result.ok ? result.value : [];
  }, [therapist, ranges, operator.timeZone, from, policy]);

  return (
    <Stack gap="xs" component="section" aria-labelledby="schedule-preview">
      <Title order={3} size="h4" id="schedule-preview">
        Preview: {PREVIEW_MINUTES}-minute starts these hours give, before bookings
      </Title>
      {days.map((day) => (
        <Group key={day.date} gap="xs" align="baseline" wrap="nowrap">
          <Text fw={600} size="sm" w={110} style={{ flexShrink: 0 }}>
            {formatDate(day.date, operator, 'day')}
          </Text>
          {day.slots.length === 0 ? (
            <Text size="sm" c="gray.7">
              No starts
            </Text>
          ) : (
            <Text
              size="sm"
              component="ul"
              aria-label={`Starts on ${formatDate(day.date, operator)}`}
              m={0}
              p={0}
              style={{ listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: 6 }}
            >
              {day.slots.map((slot) => (
                <li key={slot.start} data-start={new Date(slot.start).toISOString()}>
                  {formatTime(new Date(slot.start).toISOString(), operator)}
                </li>
              ))}
            </Text>
          )}
        </Group>
      ))}
    </Stack>
  );
}
