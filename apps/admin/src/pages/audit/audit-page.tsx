import { useQuery } from '@apollo/client/react';
import { Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { dayBoundsInZone } from '@mm/domain/zoned-time';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { formatDateTime, useOperator } from '../../app/operator-time';
import { EmptyList, ListSkeleton } from '../../components/list-states';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { graphql } from '../../gql';
import type { HealthAction } from '../../gql/graphql';

export const AuditPageQuery = graphql(`
  query AuditPageQuery($filter: HealthAuditFilter, $after: String) {
    healthAudit(filter: $filter, first: 50, after: $after) {
      entries {
        id
        at
        actorId
        actorName
        actorRole
        action
        recordType
        recordId
        fields
        requestId
      }
      endCursor
    }
  }
`);

const ACTIONS: HealthAction[] = ['READ', 'CREATE', 'UPDATE', 'PURGE'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const FILTER_FIELDS = ['actor', 'record', 'action', 'from', 'to'] as const;
type Filter = Record<(typeof FILTER_FIELDS)[number], string>;

/** Who read or changed health data, and when: filter by actor, record, action and dates. Never the data itself. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(FILTER_FIELDS.map((f) => [f, params.get(f) ?? ''])) as Filter;
  const [draft, setDraft] = useState<Filter>(applied);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const { operator, error: operatorError } = useOperator();
  const zone = operator?.timeZone;
  const { data, error, loading } = useQuery(AuditPageQuery, {
    variables: {
      filter: {
        actorId: applied.actor || null,
        recordId: applied.record || null,
        action: (applied.action as HealthAction) || null,
        // the operator's days, from the first's start to the last's end
        from: applied.from && zone ? new Date(dayBoundsInZone(applied.from, zone)[0]).toISOString() : null,
        to: applied.to && zone ? new Date(dayBoundsInZone(applied.to, zone)[1]).toISOString() : null,
      },
      after,
    },
    skip: !zone,
    fetchPolicy: 'network-only',
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const bad = (['actor', 'record'] as const).find((f) => draft[f].trim() && !UUID.test(draft[f].trim()));
    if (bad) return setInvalid(bad);
    setInvalid(null);
    setCursors([null]);
    setParams(
      Object.fromEntries(
        Object.entries(draft)
          .filter(([, v]) => v.trim() !== '')
          .map(([k, v]) => [k, v.trim()]),
      ),
    );
  };
  const input = (field: keyof Filter) => ({
    value: draft[field],
    onChange: (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [field]: e.currentTarget.value }),
  });
  const page = data?.healthAudit;
  const failed = operatorError ?? error;
  return (
    <Stack gap="lg">
      <Title order={1}>Audit log</Title>
      <Text c="gray.7">
        Every read and change of health data: referrals' diagnoses and precautions, letters and intake notes. Newest
        first. Entries cannot be changed or removed.
      </Text>
      <form onSubmit={submit} aria-label="Filter the audit log">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label="Actor id"
            w={320}
            {...input('actor')}
            error={invalid === 'actor' ? 'An id looks like 8-4-4-4-12 hexadecimal digits' : undefined}
          />
          <TextInput
            label="Record id"
            w={320}
            {...input('record')}
            error={invalid === 'record' ? 'An id looks like 8-4-4-4-12 hexadecimal digits' : undefined}
          />
          <NativeSelect
            label="Action"
            data={[{ value: '', label: 'Any' }, ...ACTIONS.map((a) => ({ value: a, label: a.toLowerCase() }))]}
            {...input('action')}
          />
          <TextInput type="date" label="From" {...input('from')} />
          <TextInput type="date" label="To" {...input('to')} />
          <Button type="submit">Filter</Button>
        </Group>
      </form>
      {failed && <QueryErrorAlert title="The audit log could not be loaded" error={failed} />}
      {!failed && loading && !page && <ListSkeleton label="Loading the audit log" />}
      {page && page.entries.length === 0 && <EmptyList>No entry matches.</EmptyList>}
      {page && page.entries.length > 0 && operator && (
        <Table.ScrollContainer minWidth={960}>
          <Table aria-label="Audit log entries" striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Who</Table.Th>
                <Table.Th>Action</Table.Th>
                <Table.Th>Record</Table.Th>
                <Table.Th>Fields</Table.Th>
                <Table.Th>Request</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.entries.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{formatDateTime(e.at, operator)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{e.actorName ?? (e.actorRole === 'CLIENT' ? 'A client' : 'The system')}</Text>
                    <Text size="xs" c="gray.7">
                      {e.actorRole}
                    </Text>
                  </Table.Td>
                  <Table.Td>{e.action.toLowerCase()}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{e.recordType.replace('_', ' ')}</Text>
                    <Text size="xs" c="gray.7" ff="monospace">
                      {e.recordId}
                    </Text>
                  </Table.Td>
                  <Table.Td>{e.fields.join(', ')}</Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace" c="gray.7">
                      {e.requestId?.slice(0, 8) ?? '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {page && (
        <Group gap="sm">
          <Button variant="default" disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
            Newer
          </Button>
          <Button
            variant="default"
            disabled={!page.endCursor}
            loading={loading}
            onClick={() => page.endCursor && setCursors([...cursors, page.endCursor])}
          >
            Older
          </Button>
        </Group>
      )}
    </Stack>
  );
}
