import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { TherapistProfile } from '@mm/domain/therapists';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { type Operator, useOperator } from '../../app/operator-time';
import { ConfirmDialog } from '../../components/dialogs';
import { LicenceStatus } from '../../components/licence-status';
import { ListSkeleton } from '../../components/list-states';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { getFragmentData, graphql } from '../../gql';
import type { TherapistPageQueryQuery } from '../../gql/graphql';
import { ScheduleEditor } from './schedule-editor';
import { draftOf, TherapistProfileForm, TherapistProfileFormFragment } from './therapist-profile-form';
import { TimeOffSection } from './time-off-section';

export const TherapistPageQuery = graphql(`
  query TherapistPageQuery($id: ID!) {
    therapist(id: $id) {
      id
      ...TherapistProfileForm_therapist
      active
      weeklySchedule {
        weekday
        start
        end
      }
      timeOff {
        id
        start
        end
        reason
      }
    }
    bookingPolicy {
      slotStepMinutes
      horizonDays
    }
  }
`);

export const UpdateTherapistMutation = graphql(`
  mutation UpdateTherapistMutation($id: ID!, $input: TherapistInput!) {
    updateTherapist(id: $id, input: $input) {
      id
      ...TherapistProfileForm_therapist
    }
  }
`);

export const SetTherapistActiveMutation = graphql(`
  mutation SetTherapistActiveMutation($id: ID!, $active: Boolean!) {
    setTherapistActive(id: $id, active: $active) {
      id
      active
    }
  }
`);

export const CreateTherapistMutation = graphql(`
  mutation CreateTherapistMutation($input: TherapistInput!) {
    createTherapist(input: $input) {
      id
    }
  }
`);

const asInput = (p: TherapistProfile) => ({ ...p, techniques: [...p.techniques] });

export function NewTherapistPage() {
  const { operator } = useOperator();
  const navigate = useNavigate();
  const [create] = useMutation(CreateTherapistMutation, { refetchQueries: ['TherapistsPageQuery'] });
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/therapists" c="blue.9" size="sm">
        ← All therapists
      </Anchor>
      <Title order={1}>Add a therapist</Title>
      {operator && (
        <TherapistProfileForm
          submitLabel="Add the therapist"
          initial={draftOf({
            displayName: '',
            techniques: [],
            medicalQualified: false,
            licenceNumber: '',
            licenceBody: '',
            licenceExpiresOn: '',
            timeZone: operator.timeZone,
            travelBufferMinutes: 30,
            servicePostcodes: [],
          })}
          onSave={async (profile) => {
            const { data } = await create({ variables: { input: asInput(profile) } });
            if (data) navigate(`/therapists/${data.createTherapist.id}`);
          }}
        />
      )}
    </Stack>
  );
}

export function TherapistPage() {
  const { id = '' } = useParams();
  const { operator, error: operatorError } = useOperator();
  const { data, error } = useQuery(TherapistPageQuery, { variables: { id } });
  const failed = operatorError ?? error;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/therapists" c="blue.9" size="sm">
        ← All therapists
      </Anchor>
      {failed && <QueryErrorAlert title="The therapist could not be loaded" error={failed} />}
      {!failed && !(data && operator) && <ListSkeleton label="Loading the therapist" />}
      {data && !data.therapist && <Text>No such therapist.</Text>}
      {data?.therapist && operator && (
        <TherapistSections therapist={data.therapist} policy={data.bookingPolicy} operator={operator} />
      )}
    </Stack>
  );
}

type Therapist = NonNullable<TherapistPageQueryQuery['therapist']>;

function TherapistSections({
  therapist,
  policy,
  operator,
}: {
  therapist: Therapist;
  policy: { slotStepMinutes: number; horizonDays: number };
  operator: Operator;
}) {
  const [update] = useMutation(UpdateTherapistMutation);
  const [saved, setSaved] = useState(false);
  const profile = getFragmentData(TherapistProfileFormFragment, therapist);
  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{profile.displayName}</Title>
          <Text c="gray.7">
            {therapist.active ? 'On the team' : 'No longer on the team'} · Licence:{' '}
            <LicenceStatus expiresOn={profile.licenceExpiresOn} operator={operator} />
          </Text>
        </Stack>
        <ActiveToggle id={therapist.id} name={profile.displayName} active={therapist.active} />
      </Group>
      <Stack component="section" gap="sm" aria-labelledby="profile-heading">
        <Title order={2} id="profile-heading">
          Profile
        </Title>
        <TherapistProfileForm
          key={therapist.id}
          submitLabel="Save the profile"
          initial={draftOf(profile)}
          onSave={async (profile) => {
            setSaved(false);
            await update({ variables: { id: therapist.id, input: asInput(profile) } });
            setSaved(true);
          }}
        />
        {saved && (
          <Text size="sm" role="status">
            Profile saved.
          </Text>
        )}
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="schedule-heading">
        <Title order={2} id="schedule-heading">
          Weekly schedule
        </Title>
        <ScheduleEditor therapist={{ ...profile, ...therapist }} operator={operator} policy={policy} />
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="time-off-heading">
        <Title order={2} id="time-off-heading">
          Time off
        </Title>
        <TimeOffSection therapistId={therapist.id} timeOff={therapist.timeOff} operator={operator} />
      </Stack>
    </Stack>
  );
}

function ActiveToggle({ id, name, active }: { id: string; name: string; active: boolean }) {
  const [asking, setAsking] = useState(false);
  const [run] = useMutation(SetTherapistActiveMutation, { refetchQueries: ['TherapistsPageQuery'] });
  return (
    <>
      <Button variant="default" onClick={() => setAsking(true)}>
        {active ? 'Take off the team…' : 'Bring back to the team'}
      </Button>
      {asking && (
        <ConfirmDialog
          title={active ? `Take ${name} off the team?` : `Bring ${name} back?`}
          confirmLabel={active ? 'Take off the team' : 'Bring back'}
          danger={active}
          errorTitle="Nothing was changed"
          run={() => run({ variables: { id, active: !active } })}
          onClose={() => setAsking(false)}
        >
          {active
            ? 'Clients will no longer be offered their times. Upcoming bookings must be reassigned or cancelled first.'
            : 'Clients will be offered their times again.'}
        </ConfirmDialog>
      )}
    </>
  );
}
