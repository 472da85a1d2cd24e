import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { type Operator, useOperator, zoneLabel } from '../../app/operator-time';
import { CursorPager, useCursorPages } from '../../components/cursor-pager';
import { usePollWhileDue } from '../../components/delivery-polling';
import { DELIVERY_STATUS_OPTIONS, DeliveryStatusBadge } from '../../components/delivery-status-badge';
import { deliveryTime } from '../../components/delivery-time';
import { EmptyList, ListSkeleton } from '../../components/list-states';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { graphql } from '../../gql';
import type { DeliveryStatus, MessagesPageQueryQuery } from '../../gql/graphql';
import { aboutLink, messageKind } from './message-kinds';

export const MessagesPageQuery = graphql(`
  query MessagesPageQuery($status: DeliveryStatus, $after: String) {
    messages(status: $status, first: 25, after: $after) {
      edges {
        node {
          id
          topic
          template
          status
          attempts
          createdAt
          dueAt
          sentAt
          bookingReference
          referralCode
          email {
            to
            subject
            transport
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

type Message = MessagesPageQueryQuery['messages']['edges'][number]['node'];

const STATUSES = new Set<string>(DELIVERY_STATUS_OPTIONS.map((o) => o.value));

/** Every email the system writes, newest first: to whom, about what, and whether it went. */
export function MessagesPage() {
  const [params, setParams] = useSearchParams();
  const asked = params.get('status') ?? '';
  const status = STATUSES.has(asked) ? (asked as DeliveryStatus) : null;
  const pages = useCursorPages();
  const { operator, error: operatorError } = useOperator();
  const { data, error, loading, refetch, startPolling, stopPolling } = useQuery(MessagesPageQuery, {
    variables: { status, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.messages;
  usePollWhileDue(
    page?.edges.map((e) => e.node),
    { startPolling, stopPolling },
  );
  const failed = operatorError ?? error;
  return (
    <Stack gap="lg">
      <title>Messages — Medical Massage — Admin</title>
      <Title order={1}>Messages</Title>
      <KeptNote />
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label="Status"
          value={status ?? ''}
          onChange={(e) => {
            pages.reset();
            setParams(e.currentTarget.value ? { status: e.currentTarget.value } : {});
          }}
          data={[{ value: '', label: 'All' }, ...DELIVERY_STATUS_OPTIONS]}
        />
        <Button variant="default" onClick={() => refetch()} loading={loading && !!page}>
          Refresh
        </Button>
      </Group>
      {operator && (
        <Text size="sm" c="gray.7">
          Times are in {zoneLabel(operator)}.
        </Text>
      )}
      {failed && <QueryErrorAlert title="The messages could not be loaded" error={failed} />}
      {!failed && !(page && operator) && <ListSkeleton label="Loading the messages" />}
      {page && operator && page.edges.length === 0 && (
        <EmptyList>{status ? 'No message has this status.' : 'No message yet.'}</EmptyList>
      )}
      {page && operator && page.edges.length > 0 && (
        <MessageTable messages={page.edges.map((e) => e.node)} operator={operator} />
      )}
      {page && <CursorPager pages={pages} pageInfo={page.pageInfo} loading={loading} />}
    </Stack>
  );
}

function KeptNote() {
  return (
    <Paper withBorder p="md" maw={880}>
      <Text fw={600}>Sent, or only kept here?</Text>
      <Text size="sm">
        Every email the system writes is listed here: confirmations, reminders and changes to clients, bookings to
        therapists, notices to staff. When no mail server (SMTP) is set up, as on the demo, nothing is sent to anyone:
        each email is kept here instead, marked “Kept, not sent”, so you can read what would have gone out. Once the
        server's SMTP_URL setting names a mail server, emails are sent and marked “Sent”.
      </Text>
    </Paper>
  );
}

function MessageTable({ messages, operator }: { messages: readonly Message[]; operator: Operator }) {
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table aria-label="Emails" striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>To</Table.Th>
            <Table.Th>Subject</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Attempts</Table.Th>
            <Table.Th>About</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {messages.map((m) => {
            const { at, note } = deliveryTime(m, operator, m.email?.transport === 'KEPT' ? 'kept' : 'sent');
            const about = aboutLink(m);
            return (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <Text size="sm">{at}</Text>
                  <Text size="xs" c="gray.7">
                    {note}
                  </Text>
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{m.email?.to ?? '—'}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/messages/${m.id}`} c="blue.9" size="sm">
                    {m.email?.subject ?? 'Not written yet'}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{messageKind(m.template, m.topic)}</Text>
                  <Text size="xs" c="gray.7" ff="monospace">
                    {m.template ?? m.topic}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <DeliveryStatusBadge status={m.status} kept={m.email?.transport === 'KEPT'} />
                </Table.Td>
                <Table.Td>{m.attempts}</Table.Td>
                <Table.Td>
                  {about ? (
                    <Anchor component={Link} to={about.to} c="blue.9" ff="monospace" size="sm">
                      {about.label}
                    </Anchor>
                  ) : (
                    '—'
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
