import { Alert, Stack, Text, Title } from '@mantine/core';
import { CARE_NOTES_WINDOW } from '@mm/domain/referrals';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

export const CareNotesFragment = graphql(`
  fragment CareNotes_booking on StaffBooking {
    referral {
      code
    }
    careNotes {
      precautions
      intakeNotes
    }
  }
`);

/**
 * What the therapist must know to treat safely. Health data: the API records
 * every read, and shows a therapist their own booking's notes only around it.
 */
export function CareNotes(props: { booking: FragmentType<typeof CareNotesFragment> }) {
  const b = getFragmentData(CareNotesFragment, props.booking);
  return (
    <Stack component="section" gap="xs" aria-labelledby="care-notes-heading">
      <Title order={2} size="h3" id="care-notes-heading">
        Care notes
      </Title>
      {b.careNotes ? (
        <>
          {b.referral && (
            <Alert color="red.9" variant="outline" title="Precautions (from the referral)">
              <Text style={{ whiteSpace: 'pre-wrap' }}>{b.careNotes.precautions ?? 'None given.'}</Text>
            </Alert>
          )}
          <Text fw={600} size="sm">
            The client's intake notes
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{b.careNotes.intakeNotes ?? 'None given.'}</Text>
        </>
      ) : (
        <Text c="gray.7">
          Shown to the therapist from {CARE_NOTES_WINDOW.hoursBefore} hours before the session until{' '}
          {CARE_NOTES_WINDOW.daysAfter} days after it.
        </Text>
      )}
    </Stack>
  );
}
