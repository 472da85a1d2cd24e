import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Checkbox, Group, Stack, Table, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useOperator } from '../../app/operator-time';
import { LicenceStatus } from '../../components/licence-status';
import { EmptyList, ListSkeleton } from '../../components/list-states';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { graphql } from '../../gql';

export const TherapistsPageQuery = graphql(`
  query TherapistsPageQuery($includeInactive: Boolean!) {
    therapists(includeInactive: $includeInactive) {
      id
      displayName
      active
      medicalQualified
      licenceExpiresOn
      servicePostcodes
    }
  }
`);

export function TherapistsPage() {
  const { operator, error: operatorError } = useOperator();
  const [includeInactive, setIncludeInactive] = useState(false);
  const { data, error } = useQuery(TherapistsPageQuery, { variables: { includeInactive } });
  const failed = operatorError ?? error;
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1}>Therapists</Title>
        <Button component={Link} to="/therapists/new">
          Add a therapist
        </Button>
      </Group>
      <Checkbox
        label="Show therapists no longer on the team"
        checked={includeInactive}
        onChange={(e) => setIncludeInactive(e.currentTarget.checked)}
      />
      {failed && <QueryErrorAlert title="The therapists could not be loaded" error={failed} />}
      {!failed && !(data && operator) && <ListSkeleton label="Loading the therapists" />}
      {data && operator && data.therapists.length === 0 && <EmptyList>No therapists yet.</EmptyList>}
      {data && operator && data.therapists.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label="Therapists" striped highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Qualified for</Table.Th>
                <Table.Th>Licence</Table.Th>
                <Table.Th>Visits postcodes</Table.Th>
                <Table.Th>On the team</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.therapists.map((t) => (
                <Table.Tr key={t.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/therapists/${t.id}`} c="blue.9">
                      {t.displayName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t.medicalQualified ? 'Medical and wellness' : 'Wellness'}</Table.Td>
                  <Table.Td>
                    <LicenceStatus expiresOn={t.licenceExpiresOn} operator={operator} />
                  </Table.Td>
                  <Table.Td>{t.servicePostcodes.join(', ') || 'None'}</Table.Td>
                  <Table.Td>{t.active ? 'Yes' : 'No'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
