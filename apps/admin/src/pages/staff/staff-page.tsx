import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { checkRoleTherapist, parseNewStaffAccount, STAFF_ROLES, type StaffRole } from '@mm/domain/staff';
import { type FormEvent, useState } from 'react';
import { type FieldFault, faultOf } from '../../app/api-errors';
import { AppShellQuery } from '../../app/app-shell';
import { ConfirmDialog, ConsoleModal } from '../../components/dialogs';
import { EmptyList, ListSkeleton } from '../../components/list-states';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { graphql } from '../../gql';
import type { StaffPageQueryQuery } from '../../gql/graphql';

export const StaffPageQuery = graphql(`
  query StaffPageQuery {
    staffAccounts {
      id
      email
      displayName
      role
      therapistId
      active
    }
    therapists {
      id
      displayName
    }
  }
`);

export const CreateStaffMutation = graphql(`
  mutation CreateStaffMutation($input: CreateStaffAccountInput!) {
    createStaffAccount(input: $input) {
      id
    }
  }
`);

export const ChangeStaffRoleMutation = graphql(`
  mutation ChangeStaffRoleMutation($id: ID!, $role: StaffRole!, $therapistId: ID) {
    changeStaffRole(id: $id, role: $role, therapistId: $therapistId) {
      id
      role
      therapistId
    }
  }
`);

export const DeactivateStaffMutation = graphql(`
  mutation DeactivateStaffMutation($id: ID!) {
    deactivateStaffAccount(id: $id) {
      id
      active
    }
  }
`);

type Account = StaffPageQueryQuery['staffAccounts'][number];
type Therapists = StaffPageQueryQuery['therapists'];
const ROLE_WORDS: Record<StaffRole, string> = {
  ADMIN: 'Admin (everything)',
  COORDINATOR: 'Coordinator (runs the business)',
  THERAPIST: 'Therapist (own schedule and bookings)',
};
const roleOptions = STAFF_ROLES.map((r) => ({ value: r, label: ROLE_WORDS[r] }));

export function StaffPage() {
  const { data, error } = useQuery(StaffPageQuery);
  const me = useQuery(AppShellQuery).data?.me.id;
  const [changing, setChanging] = useState<Account | null>(null);
  const [closing, setClosing] = useState<Account | null>(null);
  const therapistName = (id: string | null | undefined) => data?.therapists.find((t) => t.id === id)?.displayName;
  return (
    <Stack gap="xl">
      <Title order={1}>Staff</Title>
      {error && <QueryErrorAlert title="The accounts could not be loaded" error={error} />}
      {!error && !data && <ListSkeleton label="Loading the accounts" />}
      {data && data.staffAccounts.length === 0 && <EmptyList>No accounts.</EmptyList>}
      {data && data.staffAccounts.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table aria-label="Staff accounts" striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Email</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Open</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.staffAccounts.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.displayName}</Table.Td>
                  <Table.Td>{a.email}</Table.Td>
                  <Table.Td>
                    {a.role}
                    {a.therapistId && ` (${therapistName(a.therapistId) ?? 'a therapist'})`}
                  </Table.Td>
                  <Table.Td>{a.active ? 'Yes' : 'Closed'}</Table.Td>
                  <Table.Td>
                    {a.active && a.id !== me && (
                      <Group gap="xs" wrap="nowrap">
                        <Button variant="default" size="xs" onClick={() => setChanging(a)}>
                          Change role…
                        </Button>
                        <Button variant="default" size="xs" onClick={() => setClosing(a)}>
                          Close…
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && <NewAccountForm therapists={data.therapists} />}
      {changing && data && (
        <ChangeRoleDialog account={changing} therapists={data.therapists} onClose={() => setChanging(null)} />
      )}
      {closing && <CloseDialog account={closing} onClose={() => setClosing(null)} />}
    </Stack>
  );
}

function TherapistSelect({
  therapists,
  value,
  onChange,
  error,
}: {
  therapists: Therapists;
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
}) {
  return (
    <NativeSelect
      label="Therapist"
      data={[
        { value: '', label: 'Choose the therapist' },
        ...therapists.map((t) => ({ value: t.id, label: t.displayName })),
      ]}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
    />
  );
}

function NewAccountForm({ therapists }: { therapists: Therapists }) {
  const blank = { email: '', displayName: '', role: 'COORDINATOR' as StaffRole, therapistId: '', password: '' };
  const [draft, setDraft] = useState(blank);
  const [fault, setFault] = useState<FieldFault | null>(null);
  const [done, setDone] = useState('');
  const [create, { loading }] = useMutation(CreateStaffMutation, { refetchQueries: ['StaffPageQuery'] });
  const errorFor = (field: string) => (fault?.field === field ? fault.message : undefined);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setDone('');
    const checked = parseNewStaffAccount(draft);
    if (!checked.ok) return setFault(checked.error);
    setFault(null);
    try {
      await create({ variables: { input: checked.value } });
      setDone(`${checked.value.displayName} can now sign in as ${checked.value.email}.`);
      setDraft(blank);
    } catch (failure) {
      setFault(faultOf(failure, 'Not saved. Try again.'));
    }
  };
  return (
    <Stack component="section" gap="sm" aria-labelledby="new-account">
      <Title order={2} id="new-account">
        Add an account
      </Title>
      <form onSubmit={submit} noValidate aria-label="New account">
        <Stack gap="sm" maw={560}>
          <TextInput
            label="Name"
            withAsterisk
            value={draft.displayName}
            onChange={(e) => setDraft({ ...draft, displayName: e.currentTarget.value })}
            error={errorFor('displayName')}
          />
          <TextInput
            label="Email"
            withAsterisk
            value={draft.email}
            onChange={(e) => setDraft({ ...draft, email: e.currentTarget.value })}
            error={errorFor('email')}
          />
          <NativeSelect
            label="Role"
            data={roleOptions}
            value={draft.role}
            onChange={(e) => setDraft({ ...draft, role: e.currentTarget.value as StaffRole })}
          />
          {draft.role === 'THERAPIST' && (
            <TherapistSelect
              therapists={therapists}
              value={draft.therapistId}
              onChange={(therapistId) => setDraft({ ...draft, therapistId })}
              error={errorFor('therapistId')}
            />
          )}
          <PasswordInput
            label="First password (12 characters or more)"
            withAsterisk
            value={draft.password}
            onChange={(e) => setDraft({ ...draft, password: e.currentTarget.value })}
            error={errorFor('password')}
          />
          {fault && !fault.field && (
            <Alert color="red.9" variant="outline" role="alert">
              {fault.message}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={loading}>
              Add the account
            </Button>
            <Text size="sm" role="status">
              {done}
            </Text>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

function ChangeRoleDialog({
  account,
  therapists,
  onClose,
}: {
  account: Account;
  therapists: Therapists;
  onClose: () => void;
}) {
  const [role, setRole] = useState<StaffRole>(account.role);
  const [therapistId, setTherapistId] = useState(account.therapistId ?? '');
  const [fault, setFault] = useState<FieldFault | null>(null);
  const [change, { loading }] = useMutation(ChangeStaffRoleMutation, { refetchQueries: ['StaffPageQuery'] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const checked = checkRoleTherapist(role, therapistId);
    if (!checked.ok) return setFault(checked.error);
    try {
      await change({ variables: { id: account.id, role, therapistId: checked.value } });
      onClose();
    } catch (failure) {
      setFault(faultOf(failure, 'Not saved. Try again.'));
    }
  };
  return (
    <ConsoleModal title={`Change the role of ${account.displayName}`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>They are signed out everywhere, and work in the new role from their next sign-in.</Text>
          <NativeSelect
            label="Role"
            data={roleOptions}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as StaffRole)}
            data-autofocus
          />
          {role === 'THERAPIST' && (
            <TherapistSelect
              therapists={therapists}
              value={therapistId}
              onChange={setTherapistId}
              error={fault?.field === 'therapistId' ? fault.message : undefined}
            />
          )}
          {fault && fault.field !== 'therapistId' && (
            <Alert color="red.9" variant="outline" role="alert">
              {fault.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Go back
            </Button>
            <Button type="submit" loading={loading}>
              Change the role
            </Button>
          </Group>
        </Stack>
      </form>
    </ConsoleModal>
  );
}

function CloseDialog({ account, onClose }: { account: Account; onClose: () => void }) {
  const [close] = useMutation(DeactivateStaffMutation, { refetchQueries: ['StaffPageQuery'] });
  return (
    <ConfirmDialog
      title={`Close the account of ${account.displayName}?`}
      confirmLabel="Close the account"
      cancelLabel="Keep it open"
      danger
      errorTitle="The account was not closed"
      run={() => close({ variables: { id: account.id } })}
      onClose={onClose}
    >
      {account.email} is signed out everywhere and can no longer sign in.
    </ConfirmDialog>
  );
}
