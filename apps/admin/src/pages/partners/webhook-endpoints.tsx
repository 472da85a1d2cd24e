import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { formatDateTime, type Operator } from '../../app/operator-time';
import { CopyableCode } from '../../components/copyable-code';
import { ConfirmDialog, ConsoleModal } from '../../components/dialogs';
import { EmptyList, ListSkeleton } from '../../components/list-states';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { graphql } from '../../gql';
import type { WebhookEndpointsQueryQuery } from '../../gql/graphql';
import { topicWire, WebhookEndpointForm } from './webhook-endpoint-form';

export const WebhookEndpointsQuery = graphql(`
  query WebhookEndpointsQuery($partnerId: ID!) {
    webhookEndpoints(partnerId: $partnerId) {
      id
      url
      topics
      createdAt
      previousSecretValidUntil
    }
  }
`);

export const RotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecretMutation($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      endpoint {
        id
        previousSecretValidUntil
      }
    }
  }
`);

export const RemoveWebhookEndpointMutation = graphql(`
  mutation RemoveWebhookEndpointMutation($id: ID!) {
    removeWebhookEndpoint(id: $id) {
      id
      active
    }
  }
`);

type Endpoint = WebhookEndpointsQueryQuery['webhookEndpoints'][number];

/** Where the partner's server is told of bookings: each endpoint, its events and secret; adding, rotating, removing. */
export function WebhookEndpoints({ partnerId, operator }: { partnerId: string; operator: Operator }) {
  const { data, error } = useQuery(WebhookEndpointsQuery, { variables: { partnerId } });
  const [secret, setSecret] = useState<string | null>(null);
  const [rotating, setRotating] = useState<Endpoint | null>(null);
  const [removing, setRemoving] = useState<Endpoint | null>(null);
  const [rotate] = useMutation(RotateWebhookSecretMutation, { refetchQueries: ['WebhookEndpointsQuery'] });
  const [remove] = useMutation(RemoveWebhookEndpointMutation, { refetchQueries: ['WebhookEndpointsQuery'] });
  return (
    <Stack gap="md">
      <Text size="sm" maw={880}>
        The partner's server is told of its bookings by an HTTP POST to each endpoint, signed with the endpoint's secret
        (header X-MM-Signature) so it can tell the call is ours. A call that fails is tried again, waiting longer each
        time.
      </Text>
      {error && <QueryErrorAlert title="The endpoints could not be loaded" error={error} />}
      {!error && !data && <ListSkeleton label="Loading the endpoints" rows={2} />}
      {data && data.webhookEndpoints.length === 0 && <EmptyList>No endpoints yet.</EmptyList>}
      {data && data.webhookEndpoints.length > 0 && (
        <Table.ScrollContainer minWidth={860}>
          <Table aria-label="Webhook endpoints" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>URL</Table.Th>
                <Table.Th>Events</Table.Th>
                <Table.Th>Added</Table.Th>
                <Table.Th>Previous secret valid until</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.webhookEndpoints.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                    {e.url}
                  </Table.Td>
                  <Table.Td ff="monospace">{e.topics.map(topicWire).join(', ')}</Table.Td>
                  <Table.Td>{formatDateTime(e.createdAt, operator)}</Table.Td>
                  <Table.Td>
                    {e.previousSecretValidUntil ? formatDateTime(e.previousSecretValidUntil, operator) : '—'}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button variant="default" size="xs" onClick={() => setRotating(e)}>
                        Rotate secret…
                      </Button>
                      <Button variant="default" size="xs" onClick={() => setRemoving(e)}>
                        Remove…
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={3}>Add an endpoint</Title>
      <WebhookEndpointForm partnerId={partnerId} onAdded={setSecret} />
      {secret && <SecretDialog secret={secret} onClose={() => setSecret(null)} />}
      {rotating && (
        <ConfirmDialog
          title="Rotate the signing secret?"
          confirmLabel="Rotate the secret"
          cancelLabel="Keep it"
          errorTitle="The secret was not rotated"
          run={async () => {
            const { data: rotated } = await rotate({ variables: { id: rotating.id } });
            if (rotated) setSecret(rotated.rotateWebhookSecret.secret);
          }}
          onClose={() => setRotating(null)}
        >
          Calls to {rotating.url} are signed with a new secret from now on. For 24 hours they are signed with the
          current secret as well, so the partner's server can switch over without refusing a call.
        </ConfirmDialog>
      )}
      {removing && (
        <ConfirmDialog
          title="Remove this endpoint?"
          confirmLabel="Remove the endpoint"
          cancelLabel="Keep it"
          danger
          errorTitle="The endpoint was not removed"
          run={() => remove({ variables: { id: removing.id } })}
          onClose={() => setRemoving(null)}
        >
          {removing.url} is not called any more. Calls still waiting to go to it are cancelled.
        </ConfirmDialog>
      )}
    </Stack>
  );
}

function SecretDialog({ secret, onClose }: { secret: string; onClose: () => void }) {
  return (
    <ConsoleModal title="The endpoint's signing secret" onClose={onClose}>
      <Stack gap="md">
        <Text fw={600}>
          Copy it now and give it to the partner safely: it is shown only this once. Nobody can read it here again; if
          it is lost, rotate it.
        </Text>
        <CopyableCode text={secret} label="Signing secret" copyLabel="Copy the secret" copiedMessage="Secret copied." />
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus>
            Done
          </Button>
        </Group>
      </Stack>
    </ConsoleModal>
  );
}
