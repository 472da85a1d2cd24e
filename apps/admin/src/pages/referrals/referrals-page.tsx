import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { SEARCH_MAX_LENGTH } from '@mm/domain/search';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatDate, formatDateTime, useOperator } from '../../app/operator-time';
import { CursorPager, useCursorPages } from '../../components/cursor-pager';
import { EmptyList, ListSkeleton } from '../../components/list-states';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { ReferralStatusBadge } from '../../components/referral-status-badge';
import { graphql } from '../../gql';
import type { ReferralOrder, ReferralStatus } from '../../gql/graphql';
import { waitingTime } from './waiting-time';

export const ReferralsPageQuery = graphql(`
  query ReferralsPageQuery($filter: ReferralFilter, $order: ReferralOrder!, $after: String) {
    referrals(filter: $filter, order: $order, first: 25, after: $after) {
      edges {
        node {
          id
          code
          status
          holderFamilyName
          holderGivenNames
          clientName
          provider {
            name
            profession
          }
          sessionsAuthorised
          sessionsUsed
          expiresOn
          receivedAt
          submittedVia
          document {
            contentType
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

type ViewName = 'queue' | 'all';
const VIEWS: Record<ViewName, { label: string; statuses: ReferralStatus[] | null; order: ReferralOrder }> = {
  queue: { label: 'Waiting for a check', statuses: ['PENDING'], order: 'OLDEST_FIRST' },
  all: { label: 'All referrals', statuses: null, order: 'NEWEST_FIRST' },
};

const CHANNEL: Record<string, string> = {
  STAFF: 'Entered by staff',
  PARTNER: 'From a partner',
  CLIENT: 'From the client',
};

/** The queue of referrals to check, oldest first with how long each has waited; and every referral, to find one. */
export function ReferralsPage() {
  const [params, setParams] = useSearchParams();
  const viewName: ViewName = params.get('view') === 'all' ? 'all' : 'queue';
  const view = VIEWS[viewName];
  const search = params.get('q') ?? '';
  const [draft, setDraft] = useState(search);
  const pages = useCursorPages();
  const { operator, error: operatorError } = useOperator();
  const { data, error, loading } = useQuery(ReferralsPageQuery, {
    variables: {
      filter: { statuses: view.statuses, search: search || null },
      order: view.order,
      after: pages.after,
    },
  });
  const show = (next: Record<string, string>) => {
    pages.reset();
    setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== '')));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    show({ view: viewName === 'all' ? 'all' : '', q: draft.trim() });
  };
  const page = data?.referrals;
  const failed = operatorError ?? error;
  const queue = viewName === 'queue';
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <Title order={1}>Referrals</Title>
        <Button component={Link} to="/referrals/new">
          Enter a referral
        </Button>
      </Group>
      <Group align="flex-end" gap="lg">
        <SegmentedControl
          aria-label="Which referrals"
          value={viewName}
          onChange={(value) => show({ view: value === 'all' ? 'all' : '', q: search })}
          data={Object.entries(VIEWS).map(([value, v]) => ({ value, label: v.label }))}
        />
        <form onSubmit={submit} aria-label="Find a referral">
          <Group align="flex-end" gap="sm">
            <TextInput
              label="Code or name"
              value={draft}
              onChange={(e) => setDraft(e.currentTarget.value)}
              maxLength={SEARCH_MAX_LENGTH}
              w={260}
            />
            <Button type="submit" variant="default">
              Find
            </Button>
          </Group>
        </form>
      </Group>
      {failed && <QueryErrorAlert title="The referrals could not be loaded" error={failed} />}
      {!failed && loading && !page && <ListSkeleton label="Loading the referrals" />}
      {page && page.edges.length === 0 && (
        <EmptyList>{queue ? 'No referral is waiting for a check.' : 'No referral matches.'}</EmptyList>
      )}
      {page && page.edges.length > 0 && operator && (
        <Table.ScrollContainer minWidth={860}>
          <Table aria-label={view.label} striped highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Code</Table.Th>
                <Table.Th>For</Table.Th>
                <Table.Th>From</Table.Th>
                <Table.Th>{queue ? 'Received' : 'Status'}</Table.Th>
                <Table.Th>{queue ? 'Waiting' : 'Sessions used'}</Table.Th>
                <Table.Th>{queue ? 'Letter' : 'Expires'}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.edges.map(({ node: r }) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/referrals/${r.id}`} c="blue.9" ff="monospace">
                      {r.code}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {[r.holderGivenNames, r.holderFamilyName].filter(Boolean).join(' ') || r.clientName || '—'}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.provider.name}</Text>
                    <Text size="xs" c="gray.7">
                      {r.provider.profession} · {CHANNEL[r.submittedVia]}
                    </Text>
                  </Table.Td>
                  {queue ? (
                    <>
                      <Table.Td>{formatDateTime(r.receivedAt, operator)}</Table.Td>
                      <Table.Td>{waitingTime(r.receivedAt)}</Table.Td>
                      <Table.Td>{r.document ? 'Attached' : 'None yet'}</Table.Td>
                    </>
                  ) : (
                    <>
                      <Table.Td>
                        <ReferralStatusBadge status={r.status} />
                      </Table.Td>
                      <Table.Td>
                        {r.sessionsUsed} of {r.sessionsAuthorised}
                      </Table.Td>
                      <Table.Td>{formatDate(r.expiresOn, operator, 'short')}</Table.Td>
                    </>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {page && <CursorPager pages={pages} pageInfo={page.pageInfo} loading={loading} />}
    </Stack>
  );
}
