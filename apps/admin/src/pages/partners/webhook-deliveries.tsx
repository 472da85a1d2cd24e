import { useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { Operator } from '../../app/operator-time';
import { CursorPager, useCursorPages } from '../../components/cursor-pager';
import { usePollWhileDue } from '../../components/delivery-polling';
import { DELIVERY_STATUS_OPTIONS, DeliveryStatusBadge } from '../../components/delivery-status-badge';
import { deliveryTime } from '../../components/delivery-time';
import { EmptyList, ListSkeleton } from '../../components/list-states';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { ResendDeliveryDialog } from '../../components/resend-delivery-dialog';
import { graphql } from '../../gql';
import type { DeliveryStatus, WebhookDeliveriesQueryQuery } from '../../gql/graphql';

export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveriesQuery($partnerId: ID!, $status: DeliveryStatus, $after: String) {
    webhookDeliveries(partnerId: $partnerId, status: $status, first: 25, after: $after) {
      edges {
        node {
          id
          topic
          status
          attempts
          responseCode
          lastError
          createdAt
          dueAt
          sentAt
          endpointUrl
          bookingReference
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

type Delivery = WebhookDeliveriesQueryQuery['webhookDeliveries']['edges'][number]['node'];

/** Every call made to the partner's endpoints, newest first: what answered, what failed, and sending one again. */
export function WebhookDeliveries({ partnerId, operator }: { partnerId: string; operator: Operator }) {
  const [status, setStatus] = useState<DeliveryStatus | ''>('');
  const [resending, setResending] = useState<Delivery | null>(null);
  const pages = useCursorPages();
  const { data, error, loading, refetch, startPolling, stopPolling } = useQuery(WebhookDeliveriesQuery, {
    variables: { partnerId, status: status || null, after: pages.after },
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.webhookDeliveries;
  usePollWhileDue(
    page?.edges.map((e) => e.node),
    { startPolling, stopPolling },
  );
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label="Status"
          value={status}
          onChange={(e) => {
            pages.reset();
            setStatus(e.currentTarget.value as DeliveryStatus | '');
          }}
          data={[{ value: '', label: 'All' }, ...DELIVERY_STATUS_OPTIONS]}
        />
        <Button variant="default" onClick={() => refetch()} loading={loading && !!page}>
          Refresh
        </Button>
      </Group>
      {error && <QueryErrorAlert title="The delivery log could not be loaded" error={error} />}
      {!error && !page && <ListSkeleton label="Loading the delivery log" rows={3} />}
      {page && page.edges.length === 0 && (
        <EmptyList>{status ? 'No call has this status.' : 'No call made yet.'}</EmptyList>
      )}
      {page && page.edges.length > 0 && (
        <DeliveryTable deliveries={page.edges.map((e) => e.node)} operator={operator} onResend={setResending} />
      )}
      {page && <CursorPager pages={pages} pageInfo={page.pageInfo} loading={loading} />}
      {resending && (
        <ResendDeliveryDialog
          deliveryId={resending.id}
          title="Send this call again?"
          confirmLabel="Send again"
          refetchQueries={['WebhookDeliveriesQuery']}
          onClose={() => setResending(null)}
        >
          {resending.topic}
          {resending.bookingReference ? ` for ${resending.bookingReference}` : ''} is posted to{' '}
          {resending.endpointUrl ?? 'its endpoint'} again, with the same event id, so the partner can tell it is a
          repeat.{' '}
          {resending.status === 'SENT' ? 'It was delivered before: send it again only if the partner lost it.' : ''}
        </ResendDeliveryDialog>
      )}
    </Stack>
  );
}

function DeliveryTable({
  deliveries,
  operator,
  onResend,
}: {
  deliveries: readonly Delivery[];
  operator: Operator;
  onResend: (d: Delivery) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={1080}>
      <Table aria-label="Webhook deliveries" striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Event</Table.Th>
            <Table.Th>Endpoint</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Attempts</Table.Th>
            <Table.Th>Response</Table.Th>
            <Table.Th>Last error</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deliveries.map((d) => {
            const { at, note } = deliveryTime(d, operator, 'delivered');
            return (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Text size="sm">{at}</Text>
                  <Text size="xs" c="gray.7">
                    {note}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {d.topic}
                  </Text>
                  {d.bookingReference && (
                    <Text size="xs" c="gray.7" ff="monospace">
                      {d.bookingReference}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                  {d.endpointUrl ?? '—'}
                </Table.Td>
                <Table.Td>
                  <DeliveryStatusBadge status={d.status} />
                </Table.Td>
                <Table.Td>{d.attempts}</Table.Td>
                <Table.Td>{d.responseCode ?? '—'}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{d.lastError ?? '—'}</Table.Td>
                <Table.Td>
                  {(d.status === 'DEAD' || d.status === 'SENT') && (
                    <Button variant="default" size="xs" onClick={() => onResend(d)}>
                      Resend…
                    </Button>
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
