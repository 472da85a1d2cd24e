import { useQuery } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { graphql } from '../../gql';
import { CatalogPageSkeleton } from './catalog-page-skeleton';
import { PriceTierTable } from './price-tier-table';
import { TreatmentTable } from './treatment-table';

export const CatalogPageQuery = graphql(`
  query CatalogPageQuery {
    treatments {
      ...TreatmentTable_treatment
    }
    priceTiers {
      ...PriceTierTable_priceTier
    }
  }
`);

export function CatalogPage() {
  const { data, error } = useQuery(CatalogPageQuery);
  return (
    <Stack gap="xl">
      <Title order={1}>Catalog</Title>
      {error && <QueryErrorAlert title="The catalog could not be loaded" error={error} />}
      {!error && !data && <CatalogPageSkeleton />}
      {data && (
        <>
          <Stack component="section" gap="sm">
            <Title order={2}>Treatments</Title>
            <TreatmentTable treatments={data.treatments} />
          </Stack>
          <Stack component="section" gap="sm">
            <Title order={2}>Price tiers</Title>
            <PriceTierTable priceTiers={data.priceTiers} />
          </Stack>
        </>
      )}
    </Stack>
  );
}
