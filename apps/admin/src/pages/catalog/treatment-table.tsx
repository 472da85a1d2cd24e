import { Badge, Code, Group, Table, Text } from '@mantine/core';
import { TechniqueBadge, WRAPPING_BADGE } from '../../components/technique-badge';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

export const TreatmentTableFragment = graphql(`
  fragment TreatmentTable_treatment on Treatment {
    id
    name
    slug
    requiresReferral
    techniques
  }
`);

type TreatmentTableProps = {
  treatments: ReadonlyArray<FragmentType<typeof TreatmentTableFragment>>;
};

export function TreatmentTable(props: TreatmentTableProps) {
  const treatments = getFragmentData(TreatmentTableFragment, props.treatments);
  if (treatments.length === 0) {
    return <Text c="dimmed">No treatments yet.</Text>;
  }
  return (
    // Narrow screens drop the slug and let badges wrap: nothing is cut off at 375 px.
    <Table.ScrollContainer minWidth={320}>
      <Table aria-label="Treatments" striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th visibleFrom="sm">Slug</Table.Th>
            <Table.Th>Referral</Table.Th>
            <Table.Th>Techniques</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {treatments.map((treatment) => (
            <Table.Tr key={treatment.id}>
              <Table.Td>{treatment.name}</Table.Td>
              <Table.Td visibleFrom="sm">
                <Code>{treatment.slug}</Code>
              </Table.Td>
              <Table.Td>
                {treatment.requiresReferral ? (
                  <Badge color="red" variant="filled" styles={WRAPPING_BADGE}>
                    Referral required
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  {treatment.techniques.map((technique) => (
                    <TechniqueBadge key={technique} technique={technique} />
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
