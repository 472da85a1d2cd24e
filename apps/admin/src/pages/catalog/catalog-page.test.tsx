import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { type DocumentType, makeFragmentData } from '../../gql';
import type { CatalogPageQueryQuery } from '../../gql/graphql';
import { CatalogPage, CatalogPageQuery } from './catalog-page';
import { PriceTierTableFragment } from './price-tier-table';
import { TreatmentTableFragment } from './treatment-table';

// Builds the masked shape the query returns from the fields the table's fragment reads.
function treatment(fields: DocumentType<typeof TreatmentTableFragment>) {
  return { __typename: fields.__typename, ...makeFragmentData(fields, TreatmentTableFragment) };
}

function priceTier(fields: DocumentType<typeof PriceTierTableFragment>) {
  return { __typename: fields.__typename, ...makeFragmentData(fields, PriceTierTableFragment) };
}

const catalog: CatalogPageQueryQuery = {
  treatments: [
    treatment({
      __typename: 'Treatment',
      id: 'trt_1',
      name: 'Medical massage',
      slug: 'medical-massage',
      requiresReferral: true,
      techniques: ['TRIGGER_POINT', 'MYOFASCIAL_RELEASE'],
    }),
    treatment({
      __typename: 'Treatment',
      id: 'trt_2',
      name: 'Wellness massage',
      slug: 'wellness-massage',
      requiresReferral: false,
      techniques: ['SWEDISH'],
    }),
  ],
  priceTiers: [
    priceTier({
      __typename: 'PriceTier',
      id: 'pt_60',
      durationMinutes: 60,
      price: { __typename: 'Money', formatted: '$139.00' },
    }),
    priceTier({
      __typename: 'PriceTier',
      id: 'pt_90',
      durationMinutes: 90,
      price: { __typename: 'Money', formatted: '$189.00' },
    }),
  ],
};

function renderCatalogPage(mock: MockLink.MockedResponse<CatalogPageQueryQuery>) {
  return render(
    <MantineProvider>
      <MockedProvider mocks={[mock]}>
        <CatalogPage />
      </MockedProvider>
    </MantineProvider>,
  );
}

function bodyRows(tableName: string): HTMLElement[] {
  const table = screen.getByRole('table', { name: tableName });
  const [, body] = within(table).getAllByRole('rowgroup');
  if (!body) {
    throw new Error(`${tableName} has no body`);
  }
  return within(body).getAllByRole('row');
}

describe('CatalogPage', () => {
  it('shows a skeleton while the catalog loads', () => {
    renderCatalogPage({ request: { query: CatalogPageQuery }, result: { data: catalog } });

    expect(screen.getByLabelText('Loading the catalog')).toBeDefined();
  });

  it('lists treatments and price tiers with their formatted prices', async () => {
    renderCatalogPage({ request: { query: CatalogPageQuery }, result: { data: catalog } });

    await screen.findByRole('table', { name: 'Treatments' });
    const treatments = bodyRows('Treatments');
    expect(treatments.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      'Medical massage',
      'Wellness massage',
    ]);
    const [medical, wellness] = treatments;
    if (!medical || !wellness) {
      throw new Error('expected two treatment rows');
    }
    expect(within(medical).getByText('medical-massage')).toBeDefined();
    expect(within(medical).getByText('Trigger point')).toBeDefined();
    expect(within(medical).getByText('Myofascial release')).toBeDefined();
    expect(within(wellness).getByText('Swedish')).toBeDefined();

    expect(bodyRows('Price tiers').map((row) => row.textContent)).toEqual(['60 min$139.00', '90 min$189.00']);
  });

  it('shows the referral badge only on treatments that require a referral', async () => {
    renderCatalogPage({ request: { query: CatalogPageQuery }, result: { data: catalog } });

    await screen.findByRole('table', { name: 'Treatments' });
    const [medical, wellness] = bodyRows('Treatments');
    if (!medical || !wellness) {
      throw new Error('expected two treatment rows');
    }
    expect(within(medical).queryByText('Referral required')).not.toBeNull();
    expect(within(wellness).queryByText('Referral required')).toBeNull();
    expect(screen.getAllByText('Referral required')).toHaveLength(1);
  });

  it('shows a readable alert when the API answers with a GraphQL error', async () => {
    renderCatalogPage({
      request: { query: CatalogPageQuery },
      result: { errors: [new GraphQLError('Not signed in', { extensions: { code: 'UNAUTHENTICATED' } })] },
    });

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The catalog could not be loaded')).toBeDefined();
    expect(within(alert).getByText('Your session has ended. Sign in again.')).toBeDefined();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
