import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Table, TextInput, Title } from '@mantine/core';
import { SEARCH_MAX_LENGTH } from '@mm/domain/search';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatDateTime, useOperator } from '../../app/operator-time';
import { CursorPager, useCursorPages } from '../../components/cursor-pager';
import { EmptyList, ListSkeleton } from '../../components/list-states';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { graphql } from '../../gql';

export const ClientsPageQuery = graphql(`
  query ClientsPageQuery($search: String, $after: String) {
    clients(search: $search, first: 25, after: $after) {
      edges {
        node {
          id
          name
          email
          phone
          bookingCount
          lastBookingStart
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export function ClientsPage() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const [draft, setDraft] = useState(search);
  const pages = useCursorPages();
  const { operator } = useOperator();
  const { data, error, loading } = useQuery(ClientsPageQuery, {
    variables: { search: search || null, after: pages.after },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    pages.reset();
    setParams(draft.trim() ? { q: draft.trim() } : {});
  };
  const page = data?.clients;
  return (
    <Stack gap="lg">
      <Title order={1}>Clients</Title>
      <form onSubmit={submit} aria-label="Find a client">
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Name, email or phone"
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            maxLength={SEARCH_MAX_LENGTH}
            w={320}
          />
          <Button type="submit">Find</Button>
        </Group>
      </form>
      {error && <QueryErrorAlert title="The clients could not be loaded" error={error} />}
      {!error && loading && !page && <ListSkeleton label="Loading the clients" />}
      {page && page.edges.length === 0 && <EmptyList>No client matches.</EmptyList>}
      {page && page.edges.length > 0 && operator && (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label="Clients" striped highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Email</Table.Th>
                <Table.Th>Phone</Table.Th>
                <Table.Th ta="right">Bookings</Table.Th>
                <Table.Th>Latest booking</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.edges.map(({ node: c }) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/clients/${c.id}`} c="blue.9">
                      {c.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{c.email}</Table.Td>
                  <Table.Td>{c.phone}</Table.Td>
                  <Table.Td ta="right">{c.bookingCount}</Table.Td>
                  <Table.Td>{c.lastBookingStart ? formatDateTime(c.lastBookingStart, operator) : '—'}</Table.Td>
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
