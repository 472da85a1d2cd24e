import { Table, Text } from '@mantine/core';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

export const PriceTierTableFragment = graphql(`
  fragment PriceTierTable_priceTier on PriceTier {
    id
    durationMinutes
    price {
      formatted
    }
  }
`);

type PriceTierTableProps = {
  priceTiers: ReadonlyArray<FragmentType<typeof PriceTierTableFragment>>;
};

export function PriceTierTable(props: PriceTierTableProps) {
  const priceTiers = getFragmentData(PriceTierTableFragment, props.priceTiers);
  if (priceTiers.length === 0) {
    return <Text c="dimmed">No price tiers yet.</Text>;
  }
  return (
    <Table aria-label="Price tiers" striped highlightOnHover verticalSpacing="sm" maw={480}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Duration</Table.Th>
          <Table.Th ta="right">Price</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {priceTiers.map((tier) => (
          <Table.Tr key={tier.id}>
            <Table.Td>{tier.durationMinutes} min</Table.Td>
            <Table.Td ta="right">{tier.price.formatted}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
