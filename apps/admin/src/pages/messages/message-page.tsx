import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Code, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatDateTime, type Operator, useOperator } from '../../app/operator-time';
import { usePollWhileDue } from '../../components/delivery-polling';
import { DeliveryStatusBadge } from '../../components/delivery-status-badge';
import { ListSkeleton } from '../../components/list-states';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { ResendDeliveryDialog } from '../../components/resend-delivery-dialog';
import { graphql } from '../../gql';
import type { MessagePageQueryQuery } from '../../gql/graphql';
import { MessageInvite } from './message-invite';
import { aboutLink, messageKind } from './message-kinds';

export const MessagePageQuery = graphql(`
  query MessagePageQuery($id: ID!) {
    message(id: $id) {
      id
      topic
      template
      status
      attempts
      lastError
      createdAt
      dueAt
      sentAt
      bookingReference
      referralCode
      email {
        to
        subject
        text
        html
        invite
        transport
        messageId
      }
    }
  }
`);

type Message = MessagePageQueryQuery['message'];

/** One email as its recipient gets it: headers, the HTML and plain-text parts, and its calendar invite. */
export function MessagePage() {
  const { id = '' } = useParams();
  const { operator, error: operatorError } = useOperator();
  const { data, error, startPolling, stopPolling } = useQuery(MessagePageQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  usePollWhileDue(data ? [data.message] : undefined, { startPolling, stopPolling });
  const failed = operatorError ?? error;
  return (
    <Stack gap="xl">
      <title>{`${data?.message.email?.subject ?? 'Message'} — Medical Massage — Admin`}</title>
      <Anchor component={Link} to="/messages" c="blue.9" size="sm">
        ← Messages
      </Anchor>
      {failed && <QueryErrorAlert title="The message could not be loaded" error={failed} />}
      {!failed && !(data && operator) && <ListSkeleton label="Loading the message" />}
      {data && operator && <MessageSections message={data.message} operator={operator} />}
    </Stack>
  );
}

function MessageSections({ message: m, operator }: { message: Message; operator: Operator }) {
  const kind = messageKind(m.template, m.topic);
  const about = aboutLink(m);
  const kept = m.email?.transport === 'KEPT';
  const headers: [string, ReactNode][] = [
    ['To', m.email?.to ?? '—'],
    ['Subject', m.email?.subject ?? '—'],
    [
      kept ? 'Kept' : m.status === 'SENT' ? 'Sent' : 'Due',
      m.status === 'SENT' && m.sentAt
        ? `${formatDateTime(m.sentAt, operator)}${kept ? ' (no mail server is set up: not sent to anyone)' : ''}`
        : formatDateTime(m.dueAt, operator),
    ],
    ['Message-ID', m.email ? <Code key="id">{m.email.messageId}</Code> : '—'],
    ['Kind', `${kind} (${m.template ?? m.topic})`],
    [
      'About',
      about ? (
        <Anchor key="about" component={Link} to={about.to} c="blue.9" ff="monospace">
          {about.label}
        </Anchor>
      ) : (
        '—'
      ),
    ],
    ['Written', formatDateTime(m.createdAt, operator)],
    ['Attempts', String(m.attempts)],
  ];
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{m.email?.subject ?? kind}</Title>
        <Group gap="sm">
          <DeliveryStatusBadge status={m.status} kept={kept} />
          <Text size="sm" c="gray.7">
            {kind}
          </Text>
        </Group>
      </Stack>
      <Problem message={m} operator={operator} />
      <Section title="Headers" id="headers-heading">
        <Table aria-labelledby="headers-heading" verticalSpacing="xs" maw={960}>
          <Table.Tbody>
            {headers.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row" w={160}>
                  {label}
                </Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      {m.email ? (
        <>
          <Section title="Content" id="content-heading">
            <Tabs defaultValue="html" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="html">As the recipient sees it (HTML)</Tabs.Tab>
                <Tabs.Tab value="text">Plain text</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="html" pt="sm">
                <iframe
                  sandbox=""
                  srcDoc={m.email.html}
                  title={`The email "${m.email.subject}", as its recipient sees it`}
                  style={{
                    width: '100%',
                    height: 640,
                    border: '1px solid var(--mantine-color-gray-4)',
                    background: 'white',
                  }}
                />
              </Tabs.Panel>
              <Tabs.Panel value="text" pt="sm">
                <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {m.email.text}
                </Code>
              </Tabs.Panel>
            </Tabs>
          </Section>
          {m.email.invite && (
            <Section title="Calendar invite" id="invite-heading">
              <MessageInvite ics={m.email.invite} fileName={`${m.bookingReference ?? 'invite'}.ics`} />
            </Section>
          )}
        </>
      ) : (
        <Text>The email is written when it goes out: there is nothing to show yet.</Text>
      )}
    </Stack>
  );
}

/** Why it has not gone: the last error, and for one that failed for good, sending it again. */
function Problem({ message: m, operator }: { message: Message; operator: Operator }) {
  const [resending, setResending] = useState(false);
  if (m.status === 'DEAD') {
    return (
      <>
        <Alert color="red.9" variant="outline" title="It could not be delivered" maw={880}>
          <Stack gap="sm">
            <Text size="sm">
              Every attempt failed ({m.attempts}). The last error: <Code>{m.lastError ?? 'none recorded'}</Code>
            </Text>
            <Group>
              <Button color="red.9" onClick={() => setResending(true)}>
                Send again…
              </Button>
            </Group>
          </Stack>
        </Alert>
        {resending && (
          <ResendDeliveryDialog
            deliveryId={m.id}
            title="Send this email again?"
            confirmLabel="Send again"
            refetchQueries={['MessagePageQuery', 'MessagesPageQuery']}
            onClose={() => setResending(false)}
          >
            It goes back in the queue, due now, and is tried again as often as a new email. If what failed has not been
            fixed (the mail server, the address), it fails again.
          </ResendDeliveryDialog>
        )}
      </>
    );
  }
  if (m.status === 'PENDING' && m.lastError) {
    return (
      <Text size="sm">
        Attempt {m.attempts} failed: <Code>{m.lastError}</Code>. It is tried again {formatDateTime(m.dueAt, operator)}.
      </Text>
    );
  }
  return null;
}

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Stack component="section" gap="sm" aria-labelledby={id}>
      <Title order={2} id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}
