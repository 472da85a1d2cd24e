import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Code, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDateTime, type Operator, useOperator } from '../../app/operator-time';
import { CopyableCode } from '../../components/copyable-code';
import { ConfirmDialog, ConsoleModal } from '../../components/dialogs';
import { EmptyList, ListSkeleton } from '../../components/list-states';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { graphql } from '../../gql';
import type { PartnerKeyKind, PartnerPageQueryQuery } from '../../gql/graphql';
import { PartnerForm } from './partner-form';
import { WebhookDeliveries } from './webhook-deliveries';
import { WebhookEndpoints } from './webhook-endpoints';

export const PartnerPageQuery = graphql(`
  query PartnerPageQuery {
    partners {
      id
      name
      origins
      treatmentIds
      keys {
        id
        kind
        publishableKey
        hint
        createdAt
        lastUsedAt
        revokedAt
      }
    }
    treatments {
      id
      name
    }
    embedding {
      scriptUrl
      apiUrl
    }
  }
`);

export const UpdatePartnerMutation = graphql(`
  mutation UpdatePartnerMutation($id: ID!, $input: PartnerInput!) {
    updatePartner(id: $id, input: $input) {
      id
      name
      origins
      treatmentIds
    }
  }
`);

export const IssuePartnerKeyMutation = graphql(`
  mutation IssuePartnerKeyMutation($partnerId: ID!, $kind: PartnerKeyKind!) {
    issuePartnerKey(partnerId: $partnerId, kind: $kind) {
      token
      key {
        id
      }
    }
  }
`);

export const RevokePartnerKeyMutation = graphql(`
  mutation RevokePartnerKeyMutation($id: ID!) {
    revokePartnerKey(id: $id) {
      id
      revokedAt
    }
  }
`);

type Partner = PartnerPageQueryQuery['partners'][number];
type Key = Partner['keys'][number];

/** What a partner pastes into its page: the widget module and the element, with its publishable key. */
export const embedSnippet = (embedding: { scriptUrl: string; apiUrl: string }, publishableKey: string): string =>
  `<script type="module" src="${embedding.scriptUrl}"></script>\n` +
  `<mm-booking api-url="${embedding.apiUrl}" partner-key="${publishableKey}"></mm-booking>`;

export function PartnerPage() {
  const { id = '' } = useParams();
  const { operator, error: operatorError } = useOperator();
  const { data, error } = useQuery(PartnerPageQuery);
  const failed = operatorError ?? error;
  const partner = data?.partners.find((p) => p.id === id);
  return (
    <Stack gap="xl">
      <Anchor component={Link} to="/partners" c="blue.9" size="sm">
        ← All partners
      </Anchor>
      {failed && <QueryErrorAlert title="The partner could not be loaded" error={failed} />}
      {!failed && !(data && operator) && <ListSkeleton label="Loading the partner" />}
      {data && !partner && <Text>No such partner.</Text>}
      {data && partner && operator && (
        <PartnerSections
          partner={partner}
          treatments={data.treatments}
          embedding={data.embedding}
          operator={operator}
        />
      )}
    </Stack>
  );
}

function PartnerSections({
  partner,
  treatments,
  embedding,
  operator,
}: {
  partner: Partner;
  treatments: PartnerPageQueryQuery['treatments'];
  embedding: PartnerPageQueryQuery['embedding'];
  operator: Operator;
}) {
  const [update] = useMutation(UpdatePartnerMutation);
  const publishable = partner.keys.find((k) => k.kind === 'PUBLISHABLE' && !k.revokedAt && k.publishableKey);
  return (
    <Stack gap="xl">
      <Title order={1}>{partner.name}</Title>
      <Stack component="section" gap="sm" aria-labelledby="details-heading">
        <Title order={2} id="details-heading">
          Details
        </Title>
        <PartnerForm
          key={partner.id}
          initial={{ name: partner.name, origins: partner.origins.join('\n'), treatmentIds: [...partner.treatmentIds] }}
          treatments={treatments}
          submitLabel="Save the partner"
          onSave={(input) => update({ variables: { id: partner.id, input } })}
        />
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="embed-heading">
        <Title order={2} id="embed-heading">
          Embed on its site
        </Title>
        {publishable?.publishableKey ? (
          <Snippet text={embedSnippet(embedding, publishable.publishableKey)} />
        ) : (
          <Text>Issue a publishable key below to get the snippet.</Text>
        )}
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="keys-heading">
        <Title order={2} id="keys-heading">
          Keys
        </Title>
        <Keys partnerId={partner.id} keys={partner.keys} operator={operator} />
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="webhooks-heading">
        <Title order={2} id="webhooks-heading">
          Webhooks
        </Title>
        <WebhookEndpoints partnerId={partner.id} operator={operator} />
      </Stack>
      <Stack component="section" gap="sm" aria-labelledby="deliveries-heading">
        <Title order={2} id="deliveries-heading">
          Webhook delivery log
        </Title>
        <WebhookDeliveries partnerId={partner.id} operator={operator} />
      </Stack>
    </Stack>
  );
}

function Snippet({ text }: { text: string }) {
  return (
    <Stack gap="xs" maw={880}>
      <Text size="sm">Paste this where the booking should appear, on one of the origins above:</Text>
      <CopyableCode text={text} label="Embed snippet" copyLabel="Copy the snippet" copiedMessage="Snippet copied." />
    </Stack>
  );
}

const KIND_WORDS: Record<PartnerKeyKind, string> = { PUBLISHABLE: 'Publishable (widget)', SECRET: 'Secret (server)' };

function Keys({ partnerId, keys, operator }: { partnerId: string; keys: readonly Key[]; operator: Operator }) {
  const [issue, { loading, error }] = useMutation(IssuePartnerKeyMutation, { refetchQueries: ['PartnerPageQuery'] });
  const [shown, setShown] = useState<{ kind: PartnerKeyKind; token: string } | null>(null);
  const [revoking, setRevoking] = useState<Key | null>(null);
  const issueKey = async (kind: PartnerKeyKind) => {
    if (loading) return;
    try {
      const { data } = await issue({ variables: { partnerId, kind } });
      if (data) setShown({ kind, token: data.issuePartnerKey.token });
    } catch {
      // shown below
    }
  };
  return (
    <Stack gap="sm">
      {keys.length === 0 ? (
        <EmptyList>No keys yet.</EmptyList>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label="Keys" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Kind</Table.Th>
                <Table.Th>Key</Table.Th>
                <Table.Th>Issued</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {keys.map((k) => (
                <Table.Tr key={k.id}>
                  <Table.Td>{KIND_WORDS[k.kind]}</Table.Td>
                  <Table.Td ff="monospace">{k.publishableKey ?? k.hint}</Table.Td>
                  <Table.Td>{formatDateTime(k.createdAt, operator)}</Table.Td>
                  <Table.Td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt, operator) : 'Never'}</Table.Td>
                  <Table.Td>
                    {k.revokedAt ? (
                      `Revoked ${formatDateTime(k.revokedAt, operator)}`
                    ) : (
                      <Button variant="default" size="xs" onClick={() => setRevoking(k)}>
                        Revoke…
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {error && <QueryErrorAlert title="No key was issued" error={error} />}
      <Group>
        <Button variant="default" onClick={() => issueKey('PUBLISHABLE')} loading={loading}>
          New publishable key
        </Button>
        <Button variant="default" onClick={() => issueKey('SECRET')} loading={loading}>
          New secret key
        </Button>
      </Group>
      {shown && (
        <ConsoleModal
          title={shown.kind === 'SECRET' ? 'The new secret key' : 'The new publishable key'}
          onClose={() => setShown(null)}
        >
          <Stack gap="md">
            {shown.kind === 'SECRET' && (
              <Text fw={600}>Copy it now and give it to the partner safely: it is shown only this once.</Text>
            )}
            <Code block aria-label="New key">
              {shown.token}
            </Code>
            <Group justify="flex-end">
              <Button onClick={() => setShown(null)} data-autofocus>
                Done
              </Button>
            </Group>
          </Stack>
        </ConsoleModal>
      )}
      {revoking && <RevokeDialog keyToRevoke={revoking} onClose={() => setRevoking(null)} />}
    </Stack>
  );
}

function RevokeDialog({ keyToRevoke, onClose }: { keyToRevoke: Key; onClose: () => void }) {
  const [revoke] = useMutation(RevokePartnerKeyMutation, { refetchQueries: ['PartnerPageQuery'] });
  return (
    <ConfirmDialog
      title="Revoke this key?"
      confirmLabel="Revoke the key"
      cancelLabel="Keep it"
      danger
      errorTitle="The key was not revoked"
      run={() => revoke({ variables: { id: keyToRevoke.id } })}
      onClose={onClose}
    >
      {keyToRevoke.publishableKey ?? keyToRevoke.hint} stops working at once, on every server. Whatever uses it is
      refused from then on.
    </ConfirmDialog>
  );
}
