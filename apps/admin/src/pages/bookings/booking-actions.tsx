import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type FormEvent, useState } from 'react';
import { fieldErrorOf } from '../../app/api-errors';
import { AppShellQuery } from '../../app/app-shell';
import { ConfirmDialog, ConsoleModal } from '../../components/dialogs';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { BookingOutcome } from '../../gql/graphql';

export const BookingActionsFragment = graphql(`
  fragment BookingActions_booking on StaffBooking {
    id
    reference
    status
    start
    freeChangeUntil
    referral {
      code
    }
    therapist {
      id
      displayName
    }
  }
`);

// Whatever shows bookings refetches after a change: a cancelled booking leaves the calendar.
const REFRESH = ['BookingsPageQuery', 'CalendarPageQuery'];

export const CancelBookingMutation = graphql(`
  mutation CancelBookingMutation($id: ID!, $reason: String!) {
    staffCancelBooking(id: $id, reason: $reason) {
      id
      ...BookingDetails_booking
      ...BookingActions_booking
    }
  }
`);

export const RecordOutcomeMutation = graphql(`
  mutation RecordOutcomeMutation($id: ID!, $outcome: BookingOutcome!) {
    recordBookingOutcome(id: $id, outcome: $outcome) {
      id
      ...BookingDetails_booking
      ...BookingActions_booking
    }
  }
`);

export const ReassignOptionsQuery = graphql(`
  query ReassignOptionsQuery($id: ID!) {
    reassignmentOptions(id: $id) {
      id
      displayName
      gender
      medicalQualified
    }
  }
`);

export const ReassignBookingMutation = graphql(`
  mutation ReassignBookingMutation($id: ID!, $therapistId: ID!) {
    reassignBooking(id: $id, therapistId: $therapistId) {
      id
      ...BookingDetails_booking
      ...BookingActions_booking
    }
  }
`);

type BookingActionsProps = { booking: FragmentType<typeof BookingActionsFragment> };

/** What staff may do with the booking now, each asked first. */
export function BookingActions(props: BookingActionsProps) {
  const b = getFragmentData(BookingActionsFragment, props.booking);
  const role = useQuery(AppShellQuery).data?.me.role;
  const office = role === 'ADMIN' || role === 'COORDINATOR';
  const [cancelOpen, cancel] = useDisclosure(false);
  const [reassignOpen, reassign] = useDisclosure(false);
  const [outcome, setOutcome] = useState<BookingOutcome | null>(null);
  if (b.status !== 'CONFIRMED') return null;
  const started = Date.now() >= Date.parse(b.start);
  const late = Date.now() > Date.parse(b.freeChangeUntil);
  return (
    <>
      <Group gap="sm">
        {started ? (
          <>
            <Button onClick={() => setOutcome('COMPLETED')}>Mark completed</Button>
            <Button variant="default" onClick={() => setOutcome('NO_SHOW')}>
              Mark no-show
            </Button>
          </>
        ) : (
          office && (
            <>
              <Button variant="default" onClick={reassign.open}>
                Reassign…
              </Button>
              <Button color="red.9" variant="outline" onClick={cancel.open}>
                Cancel booking…
              </Button>
            </>
          )
        )}
      </Group>
      {cancelOpen && (
        <CancelDialog id={b.id} reference={b.reference} late={late} hasReferral={!!b.referral} onClose={cancel.close} />
      )}
      {reassignOpen && (
        <ReassignDialog id={b.id} reference={b.reference} current={b.therapist.displayName} onClose={reassign.close} />
      )}
      {outcome && (
        <OutcomeDialog id={b.id} reference={b.reference} outcome={outcome} onClose={() => setOutcome(null)} />
      )}
    </>
  );
}

type DialogProps = { id: string; reference: string; onClose: () => void };

function CancelDialog({
  id,
  reference,
  late,
  hasReferral,
  onClose,
}: DialogProps & { late: boolean; hasReferral: boolean }) {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [run, { loading, error }] = useMutation(CancelBookingMutation, { refetchQueries: REFRESH });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    // The API's rule, checked here first: a reason of 1 to 500 characters.
    if (reason.trim().length === 0) {
      setReasonError('Say why the booking is cancelled');
      return;
    }
    setReasonError(undefined);
    try {
      await run({ variables: { id, reason } });
      onClose();
    } catch (failure) {
      setReasonError(fieldErrorOf(failure, 'reason'));
    }
  };
  return (
    <ConsoleModal onClose={onClose} title={`Cancel booking ${reference}`}>
      <form onSubmit={submit}>
        <Stack gap="md">
          <Text>The client's time is given up and the therapist is free again. This cannot be undone.</Text>
          {hasReferral && (
            <Text>
              {late
                ? 'It is past the free-change time: the referral session stays used.'
                : 'The referral session is given back to the client.'}
            </Text>
          )}
          <Textarea
            label="Reason (kept with the booking)"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={500}
            error={reasonError}
            data-autofocus
            withAsterisk
          />
          {error && !fieldErrorOf(error, 'reason') && (
            <QueryErrorAlert title="The booking was not cancelled" error={error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Keep the booking
            </Button>
            <Button type="submit" color="red.9" loading={loading}>
              Cancel booking
            </Button>
          </Group>
        </Stack>
      </form>
    </ConsoleModal>
  );
}

const OUTCOME_WORDS: Record<BookingOutcome, { title: string; text: string; button: string }> = {
  COMPLETED: { title: 'Mark as completed', text: 'The session was given.', button: 'Mark completed' },
  NO_SHOW: {
    title: 'Mark as a no-show',
    text: 'The client was not there. A referral session stays used.',
    button: 'Mark no-show',
  },
};

function OutcomeDialog({ id, reference, outcome, onClose }: DialogProps & { outcome: BookingOutcome }) {
  const [run] = useMutation(RecordOutcomeMutation, { refetchQueries: REFRESH });
  const words = OUTCOME_WORDS[outcome];
  return (
    <ConfirmDialog
      title={`${words.title}: ${reference}`}
      confirmLabel={words.button}
      errorTitle="Nothing was changed"
      run={() => run({ variables: { id, outcome } })}
      onClose={onClose}
    >
      {words.text} This cannot be undone.
    </ConfirmDialog>
  );
}

function ReassignDialog({ id, reference, current, onClose }: DialogProps & { current: string }) {
  const options = useQuery(ReassignOptionsQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [choice, setChoice] = useState('');
  const [choiceError, setChoiceError] = useState<string | undefined>();
  const [run, { loading, error }] = useMutation(ReassignBookingMutation, { refetchQueries: REFRESH });
  const therapists = options.data?.reassignmentOptions ?? [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    if (!choice) {
      setChoiceError('Choose a therapist');
      return;
    }
    setChoiceError(undefined);
    try {
      await run({ variables: { id, therapistId: choice } });
      onClose();
    } catch (failure) {
      setChoiceError(fieldErrorOf(failure, 'therapistId'));
      void options.refetch();
    }
  };
  return (
    <ConsoleModal onClose={onClose} title={`Reassign booking ${reference}`}>
      <form onSubmit={submit}>
        <Stack gap="md">
          <Text>Now with {current}. These therapists are free at that time, go to that address and can give it:</Text>
          {options.error && <QueryErrorAlert title="Who is free could not be loaded" error={options.error} />}
          {options.loading && <Text c="gray.7">Finding who is free…</Text>}
          {options.data && therapists.length === 0 && (
            <Alert color="gray" variant="outline">
              No other therapist is free and fit for this time.
            </Alert>
          )}
          {therapists.length > 0 && (
            <Radio.Group label="Give it to" value={choice} onChange={setChoice} error={choiceError} withAsterisk>
              <Stack gap="xs" mt="xs">
                {therapists.map((t) => (
                  <Radio key={t.id} value={t.id} label={`${t.displayName}${t.medicalQualified ? ' (medical)' : ''}`} />
                ))}
              </Stack>
            </Radio.Group>
          )}
          {error && !fieldErrorOf(error, 'therapistId') && (
            <QueryErrorAlert title="The booking was not reassigned" error={error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Go back
            </Button>
            <Button type="submit" loading={loading} disabled={therapists.length === 0}>
              Reassign
            </Button>
          </Group>
        </Stack>
      </form>
    </ConsoleModal>
  );
}
