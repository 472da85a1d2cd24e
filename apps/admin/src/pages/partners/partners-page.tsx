import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Stack, Table, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { EmptyList, ListSkeleton } from '../../components/list-states';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { graphql } from '../../gql';
import { PartnerForm } from './partner-form';

export const PartnersPageQuery = graphql(`
  query PartnersPageQuery {
    partners {
      id
      name
      origins
      treatmentIds
      keys {
        id
        kind
        revokedAt
      }
    }
    treatments {
      id
      name
    }
  }
`);

export const CreatePartnerMutation = graphql(`
  mutation CreatePartnerMutation($input: PartnerInput!) {
    createPartner(input: $input) {
      id
    }
  }
`);

export function PartnersPage() {
  const { data, error } = useQuery(PartnersPageQuery);
  const navigate = useNavigate();
  const [create] = useMutation(CreatePartnerMutation, { refetchQueries: ['PartnersPageQuery'] });
  return (
    <Stack gap="xl">
      <Title order={1}>Partners</Title>
      {error && <QueryErrorAlert title="The partners could not be loaded" error={error} />}
      {!error && !data && <ListSkeleton label="Loading the partners" />}
      {data && data.partners.length === 0 && <EmptyList>No partners yet.</EmptyList>}
      {data && data.partners.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Partners" striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Origins</Table.Th>
                <Table.Th>Sells</Table.Th>
                <Table.Th>Keys in use</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.partners.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/partners/${p.id}`} c="blue.9">
                      {p.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p.origins.join(', ') || 'None'}</Table.Td>
                  <Table.Td>
                    {p.treatmentIds.length} of {data.treatments.length} treatments
                  </Table.Td>
                  <Table.Td>{p.keys.filter((k) => !k.revokedAt).length}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && (
        <Stack component="section" gap="sm" aria-labelledby="add-partner">
          <Title order={2} id="add-partner">
            Add a partner
          </Title>
          <PartnerForm
            initial={{ name: '', origins: '', treatmentIds: data.treatments.map((t) => t.id) }}
            treatments={data.treatments}
            submitLabel="Add the partner"
            onSave={async (input) => {
              const created = await create({ variables: { input } });
              if (created.data) navigate(`/partners/${created.data.createPartner.id}`);
            }}
          />
        </Stack>
      )}
    </Stack>
  );
}
