import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { parseClientContact } from '@mm/domain/booking-rules';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { type FieldFault, faultOf } from '../../app/api-errors';
import { formatDate, type Operator, useOperator } from '../../app/operator-time';
import { EmptyList, ListSkeleton } from '../../components/list-states';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { ReferralStatusBadge } from '../../components/referral-status-badge';
import { graphql } from '../../gql';
import type { ClientPageQueryQuery } from '../../gql/graphql';
import { BookingTable } from '../bookings/booking-table';

export const ClientPageQuery = graphql(`
  query ClientPageQuery($id: ID!) {
    client(id: $id) {
      id
      name
      email
      phone
    }
    referrals(filter: { clientId: $id }, first: 100) {
      edges {
        node {
          id
          code
          status
          sessionsAuthorised
          sessionsUsed
          expiresOn
          provider {
            name
          }
        }
      }
    }
    staffBookings(filter: { clientId: $id }, order: START_DESC, first: 100) {
      edges {
        node {
          id
          ...BookingTable_booking
        }
      }
    }
  }
`);

export const UpdateClientMutation = graphql(`
  mutation UpdateClientMutation($id: ID!, $client: ClientInput!) {
    updateClientContact(id: $id, client: $client) {
      id
      name
      email
      phone
    }
  }
`);

export function ClientPage() {
  const { id = '' } = useParams();
  const { operator, error: operatorError } = useOperator();
  const { data, error } = useQuery(ClientPageQuery, { variables: { id } });
  const failed = operatorError ?? error;
  return (
    <Stack gap="xl">
      <Anchor component={Link} to="/clients" c="blue.9" size="sm">
        ← All clients
      </Anchor>
      {failed && <QueryErrorAlert title="The client could not be loaded" error={failed} />}
      {!failed && !(data && operator) && <ListSkeleton label="Loading the client" />}
      {data && !data.client && <Text>No such client.</Text>}
      {data?.client && operator && <ClientSections data={data} client={data.client} operator={operator} />}
    </Stack>
  );
}

function ClientSections({
  data,
  client,
  operator,
}: {
  data: ClientPageQueryQuery;
  client: NonNullable<ClientPageQueryQuery['client']>;
  operator: Operator;
}) {
  const bookings = data.staffBookings.edges.map((e) => e.node);
  return (
    <Stack gap="xl">
      <Title order={1}>{client.name}</Title>
      <Stack component="section" gap="sm" aria-labelledby="contact-heading">
        <Title order={2} id="contact-heading">
          Contact details
        </Title>
        <ContactForm client={client} />
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="referrals-heading">
        <Title order={2} id="referrals-heading">
          Referrals
        </Title>
        {data.referrals.edges.length === 0 ? (
          <EmptyList>No referrals.</EmptyList>
        ) : (
          <Table aria-label="Referrals of the client" striped verticalSpacing="xs" maw={880}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Code</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>From</Table.Th>
                <Table.Th>Sessions used</Table.Th>
                <Table.Th>Expires</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.referrals.edges.map(({ node: r }) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/referrals/${r.id}`} c="blue.9" ff="monospace">
                      {r.code}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <ReferralStatusBadge status={r.status} />
                  </Table.Td>
                  <Table.Td>{r.provider.name}</Table.Td>
                  <Table.Td>
                    {r.sessionsUsed} of {r.sessionsAuthorised}
                  </Table.Td>
                  <Table.Td>{formatDate(r.expiresOn, operator, 'short')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="bookings-heading">
        <Title order={2} id="bookings-heading">
          Bookings
        </Title>
        {bookings.length === 0 ? (
          <EmptyList>No bookings.</EmptyList>
        ) : (
          <BookingTable bookings={bookings} operator={operator} />
        )}
      </Stack>
    </Stack>
  );
}

/** Staff change a client's details here only; checked with the rules the API uses (packages/domain). */
function ContactForm({ client }: { client: { id: string; name: string; email: string; phone: string } }) {
  const [draft, setDraft] = useState({ name: client.name, email: client.email, phone: client.phone });
  const [fault, setFault] = useState<FieldFault | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useMutation(UpdateClientMutation, { refetchQueries: ['ClientPageQuery'] });
  const errorFor = (field: string) => (fault?.field === `client.${field}` ? fault.message : undefined);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setSaved(false);
    const checked = parseClientContact(draft);
    if (!checked.ok) return setFault(checked.error);
    setFault(null);
    try {
      await update({ variables: { id: client.id, client: checked.value } });
      setDraft(checked.value); // as stored: trimmed, the phone in international form
      setSaved(true);
    } catch (failure) {
      setFault(faultOf(failure, 'Not saved. Try again.'));
    }
  };
  const input = (field: 'name' | 'email' | 'phone') => ({
    value: draft[field],
    onChange: (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [field]: e.currentTarget.value }),
    error: errorFor(field),
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Contact details">
      <Stack gap="sm" maw={880}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput label="Name" withAsterisk {...input('name')} />
          <TextInput label="Email" withAsterisk {...input('email')} />
          <TextInput label="Phone" withAsterisk {...input('phone')} />
        </SimpleGrid>
        <Text size="sm" c="gray.7">
          Bookings still to come get the new details too; past ones keep those they were made with.
        </Text>
        {fault && !fault.field?.startsWith('client.') && (
          <Alert color="red.9" variant="outline" role="alert">
            {fault.message}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={loading}>
            Save the details
          </Button>
          {saved && (
            <Text size="sm" role="status">
              Saved.
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
