import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { parseTimeOff } from '@mm/domain/therapists';
import { localDateTimeToInstant } from '@mm/domain/zoned-time';
import { type FormEvent, useState } from 'react';
import { type FieldFault, faultOf } from '../../app/api-errors';
import { formatDateTime, type Operator } from '../../app/operator-time';
import { ConfirmDialog } from '../../components/dialogs';
import { EmptyList } from '../../components/list-states';
import { graphql } from '../../gql';

export const AddTimeOffMutation = graphql(`
  mutation AddTimeOffMutation($therapistId: ID!, $start: DateTime!, $end: DateTime!, $reason: String) {
    addTimeOff(therapistId: $therapistId, start: $start, end: $end, reason: $reason) {
      id
      start
      end
      reason
    }
  }
`);

export const RemoveTimeOffMutation = graphql(`
  mutation RemoveTimeOffMutation($id: ID!) {
    removeTimeOff(id: $id)
  }
`);

// The therapist page shows time off with the therapist; it is read again after a change.
const REFRESH = ['TherapistPageQuery', 'CalendarPageQuery'];

type TimeOff = { id: string; start: string; end: string; reason?: string | null };

/** A 'YYYY-MM-DDTHH:MM' of the operator's wall clock as an instant, or NaN. */
function instantOf(local: string, operator: Operator): number {
  const [date = '', time = ''] = local.split('T');
  return localDateTimeToInstant(date, time, operator.timeZone) ?? Number.NaN;
}

export function TimeOffSection({
  therapistId,
  timeOff,
  operator,
}: {
  therapistId: string;
  timeOff: readonly TimeOff[];
  operator: Operator;
}) {
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [reason, setReason] = useState('');
  const [fault, setFault] = useState<FieldFault | null>(null);
  const [removing, setRemoving] = useState<TimeOff | null>(null);
  const [add, { loading }] = useMutation(AddTimeOffMutation, { refetchQueries: REFRESH });
  const errorFor = (field: string) => (fault?.field === field ? fault.message : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const checked = parseTimeOff({ start: instantOf(start, operator), end: instantOf(end, operator), reason });
    if (!checked.ok) {
      setFault(checked.error);
      return;
    }
    setFault(null);
    try {
      await add({
        variables: {
          therapistId,
          start: new Date(checked.value.start).toISOString(),
          end: new Date(checked.value.end).toISOString(),
          reason: checked.value.reason,
        },
      });
      setStart('');
      setEnd('');
      setReason('');
    } catch (failure) {
      setFault(faultOf(failure, 'The time off could not be saved. Try again.', 'start'));
    }
  };

  return (
    <Stack gap="md">
      {timeOff.length === 0 ? (
        <EmptyList>No time off ahead.</EmptyList>
      ) : (
        <Table aria-label="Time off" verticalSpacing="xs" maw={880}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>From</Table.Th>
              <Table.Th>Until</Table.Th>
              <Table.Th>Reason</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {timeOff.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>{formatDateTime(o.start, operator)}</Table.Td>
                <Table.Td>{formatDateTime(o.end, operator)}</Table.Td>
                <Table.Td>{o.reason ?? '—'}</Table.Td>
                <Table.Td>
                  <Button variant="default" size="xs" onClick={() => setRemoving(o)}>
                    Remove
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={submit} noValidate aria-label="Add time off">
        <Group align="flex-start" gap="sm">
          <TextInput
            type="datetime-local"
            label="From"
            value={start}
            onChange={(e) => setStart(e.currentTarget.value)}
            error={errorFor('start')}
            maw={420}
          />
          <TextInput
            type="datetime-local"
            label="Until"
            value={end}
            onChange={(e) => setEnd(e.currentTarget.value)}
            error={errorFor('end')}
          />
          <TextInput
            label="Reason (optional)"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={errorFor('reason')}
          />
          <Button type="submit" loading={loading} mt={25}>
            Add time off
          </Button>
        </Group>
        <Text size="sm" c="gray.7" mt={4}>
          In {operator.timeZone}. Time off over a booking is refused: reassign or cancel the booking first.
        </Text>
      </form>
      {removing && <RemoveTimeOffDialog timeOff={removing} operator={operator} onClose={() => setRemoving(null)} />}
    </Stack>
  );
}

function RemoveTimeOffDialog({
  timeOff,
  operator,
  onClose,
}: {
  timeOff: TimeOff;
  operator: Operator;
  onClose: () => void;
}) {
  const [remove] = useMutation(RemoveTimeOffMutation, { refetchQueries: REFRESH });
  return (
    <ConfirmDialog
      title="Remove this time off?"
      confirmLabel="Remove time off"
      cancelLabel="Keep it"
      danger
      errorTitle="Nothing was removed"
      run={() => remove({ variables: { id: timeOff.id } })}
      onClose={onClose}
    >
      {formatDateTime(timeOff.start, operator)} to {formatDateTime(timeOff.end, operator)}: clients can book these hours
      again.
    </ConfirmDialog>
  );
}
