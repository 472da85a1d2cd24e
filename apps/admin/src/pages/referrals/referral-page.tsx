import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { CONDITION_LABELS, TECHNIQUE_LABELS } from '@mm/domain/vocabulary';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { formatDate, formatDateTime, type Operator, useOperator } from '../../app/operator-time';
import { BookingStatusBadge } from '../../components/booking-status-badge';
import { EmptyList, ListSkeleton } from '../../components/list-states';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { ReferralStatusBadge } from '../../components/referral-status-badge';
import { graphql } from '../../gql';
import type { ReferralPageQueryQuery } from '../../gql/graphql';
import { ReferralActions } from './referral-actions';
import { ReferralDocument } from './referral-document';
import { waitingTime } from './waiting-time';

export const ReferralPageQuery = graphql(`
  query ReferralPageQuery($id: ID!) {
    referral(id: $id) {
      id
      code
      status
      treatmentName
      clientId
      clientName
      holderFamilyName
      holderGivenNames
      holderDateOfBirth
      provider {
        name
        profession
        registrationNumber
        practice
        contact
      }
      recommendedTechniques
      sessionsAuthorised
      sessionsUsed
      sessionsLeft
      issuedOn
      expiresOn
      submittedVia
      partnerName
      receivedAt
      decidedAt
      decidedByName
      purgedAt
      document {
        contentType
        byteSize
        path
      }
      health {
        conditions
        diagnosis
        diagnosisCode
        precautions
        providerNotes
      }
      uses {
        id
        reference
        status
        start
        therapistName
      }
      changes {
        id
        action
        reason
        sessionsAuthorisedBefore
        sessionsAuthorisedAfter
        expiresOnBefore
        expiresOnAfter
        actorName
        at
      }
    }
  }
`);

type Referral = NonNullable<ReferralPageQueryQuery['referral']>;

/** One referral: what to check it against, its letter, its sessions and its history, and what can be done with it. */
export function ReferralPage() {
  const { id = '' } = useParams();
  const { operator, error: operatorError } = useOperator();
  // no cache: health data is read (and its reading recorded) each time the page is opened
  const { data, error } = useQuery(ReferralPageQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const failed = operatorError ?? error;
  return (
    <Stack gap="xl">
      <Anchor component={Link} to="/referrals" c="blue.9" size="sm">
        ← Referrals
      </Anchor>
      {failed && <QueryErrorAlert title="The referral could not be loaded" error={failed} />}
      {!failed && !(data && operator) && <ListSkeleton label="Loading the referral" />}
      {data && !data.referral && <Text>No such referral.</Text>}
      {data?.referral && operator && <ReferralSections referral={data.referral} operator={operator} />}
    </Stack>
  );
}

const CHANNEL: Record<string, string> = {
  STAFF: 'entered by staff',
  PARTNER: 'sent by a partner',
  CLIENT: 'sent by the client',
};

function ReferralSections({ referral: r, operator }: { referral: Referral; operator: Operator }) {
  const holder = [r.holderGivenNames, r.holderFamilyName].filter(Boolean).join(' ');
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Group gap="md" align="center">
          <Title order={1}>
            Referral <span style={{ fontFamily: 'monospace' }}>{r.code}</span>
          </Title>
          <ReferralStatusBadge status={r.status} />
        </Group>
        <Text c="gray.7">
          {r.treatmentName} · received {formatDateTime(r.receivedAt, operator)}, {CHANNEL[r.submittedVia]}
          {r.partnerName ? ` (${r.partnerName})` : ''}
          {r.status === 'PENDING' ? ` · waiting ${waitingTime(r.receivedAt)}` : ''}
          {r.decidedAt ? ` · decided ${formatDateTime(r.decidedAt, operator)} by ${r.decidedByName ?? 'staff'}` : ''}
        </Text>
      </Stack>
      <ReferralActions referral={r} />

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section title="Written for" id="holder-heading">
          <Facts
            rows={[
              ['Name', holder || '—'],
              ['Date of birth', r.holderDateOfBirth ? formatDate(r.holderDateOfBirth, operator) : '—'],
              [
                'Client',
                r.clientId ? (
                  <Anchor key="client" component={Link} to={`/clients/${r.clientId}`} c="blue.9">
                    {r.clientName}
                  </Anchor>
                ) : (
                  'Not booked yet'
                ),
              ],
            ]}
          />
        </Section>
        <Section title="Referring provider" id="provider-heading">
          <Facts
            rows={[
              ['Name', r.provider.name],
              ['Profession', r.provider.profession],
              ['Registration number', r.provider.registrationNumber ?? '—'],
              ['Practice', r.provider.practice ?? '—'],
              ['Contact', r.provider.contact ?? '—'],
            ]}
          />
        </Section>
      </SimpleGrid>

      <Section title="Health details" id="health-heading">
        {r.health ? (
          <>
            <Text size="sm" c="gray.7">
              Health data: your opening this page is recorded in the audit log.
            </Text>
            <Facts
              rows={[
                ['Conditions', r.health.conditions.map((c) => CONDITION_LABELS[c]).join(', ')],
                ['Diagnosis', r.health.diagnosis ?? '—'],
                ['ICD-10', r.health.diagnosisCode ?? '—'],
                [
                  'Recommended techniques',
                  r.recommendedTechniques.length
                    ? r.recommendedTechniques.map((t) => TECHNIQUE_LABELS[t]).join(', ')
                    : 'Any medical technique',
                ],
                ['Precautions', r.health.precautions ?? 'None given'],
                ["Provider's notes", r.health.providerNotes ?? '—'],
              ]}
            />
          </>
        ) : (
          <Text>
            Purged {r.purgedAt ? formatDate(r.purgedAt.slice(0, 10), operator) : ''} after the retention period.
          </Text>
        )}
      </Section>

      <Section title="Sessions" id="sessions-heading">
        <Stack gap="xs" maw={520}>
          <Group justify="space-between">
            <Text>
              {r.sessionsUsed} of {r.sessionsAuthorised} used · <strong>{r.sessionsLeft} left</strong>
            </Text>
            <Text c="gray.7" size="sm">
              Valid {formatDate(r.issuedOn, operator, 'short')} to {formatDate(r.expiresOn, operator, 'short')}
            </Text>
          </Group>
          <Progress
            value={(100 * r.sessionsUsed) / r.sessionsAuthorised}
            color="blue.9"
            aria-label={`${r.sessionsUsed} of ${r.sessionsAuthorised} sessions used`}
          />
        </Stack>
        {r.uses.length === 0 ? (
          <EmptyList>No booking has used a session yet.</EmptyList>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table aria-label="Bookings on this referral" striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Booking</Table.Th>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Therapist</Table.Th>
                  <Table.Th>Status</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.uses.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/bookings/${u.id}`} c="blue.9" ff="monospace">
                        {u.reference}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{formatDateTime(u.start, operator)}</Table.Td>
                    <Table.Td>{u.therapistName}</Table.Td>
                    <Table.Td>
                      <BookingStatusBadge status={u.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>

      <Section title="Letter" id="letter-heading">
        <ReferralDocument referralId={r.id} document={r.document} purged={!!r.purgedAt} />
      </Section>

      <Section title="History" id="history-heading">
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {r.changes.map((c) => (
            <Paper key={c.id} component="li" withBorder p="sm">
              <Group gap="sm">
                <Badge variant="outline" color="gray.8" tt="none" bg="white">
                  {HISTORY[c.action] ?? c.action}
                </Badge>
                <Text size="sm">
                  {formatDateTime(c.at, operator)}
                  {c.actorName ? ` by ${c.actorName}` : ''}
                </Text>
              </Group>
              {c.sessionsAuthorisedBefore !== c.sessionsAuthorisedAfter && c.sessionsAuthorisedAfter !== null && (
                <Text size="sm">
                  Sessions {c.sessionsAuthorisedBefore} → {c.sessionsAuthorisedAfter}
                </Text>
              )}
              {c.expiresOnBefore !== c.expiresOnAfter && c.expiresOnAfter && c.expiresOnBefore && (
                <Text size="sm">
                  Expiry {formatDate(c.expiresOnBefore, operator, 'short')} →{' '}
                  {formatDate(c.expiresOnAfter, operator, 'short')}
                </Text>
              )}
              {c.reason && <Text size="sm">“{c.reason}”</Text>}
            </Paper>
          ))}
        </Stack>
      </Section>
    </Stack>
  );
}

const HISTORY: Record<string, string> = {
  ENTERED: 'Entered',
  SUBMITTED: 'Submitted',
  VERIFIED: 'Verified',
  REJECTED: 'Rejected',
  AMENDED: 'Amended',
  DOCUMENT_ATTACHED: 'Letter attached',
  PURGED: 'Purged',
};

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

/** Label and value pairs, as a description list. */
function Facts({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.4rem 1.5rem', margin: 0 }}>
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <Text component="dt" fw={600} size="sm">
            {label}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap' }}>
            {value}
          </Text>
        </div>
      ))}
    </dl>
  );
}
