// The starter catalogue from memory, mapped to GraphQL objects per request as
// the API's resolvers map its entities (money formatted by the same function).
import { formatMoney } from '@mm/domain/money';
import { STARTER_PRICE_TIERS, STARTER_TREATMENTS } from '@mm/domain/vocabulary';
import { Query, Resolver } from 'type-graphql';
import { MoneyType, PriceTierType, TreatmentType } from './catalog.types.js';

/** The API's defaults (OPERATOR_LOCALE, OPERATOR_CURRENCY), which the bench does not change. */
const LOCALE = 'en-AU';
const CURRENCY = 'AUD';

/** UUID-shaped ids, so that answers are as long as the API's. */
const uuid = (kind: number, n: number) => `00000000-0000-4000-800${kind}-${String(n + 1).padStart(12, '0')}`;

@Resolver()
export class CatalogResolver {
  @Query(() => [TreatmentType])
  treatments(): TreatmentType[] {
    return STARTER_TREATMENTS.map((t, n) =>
      Object.assign(new TreatmentType(), {
        id: uuid(1, n),
        slug: t.slug,
        name: t.name,
        description: t.description,
        requiresReferral: t.requiresReferral,
        techniques: [...t.techniques],
      }),
    );
  }

  @Query(() => [PriceTierType])
  priceTiers(): PriceTierType[] {
    return STARTER_PRICE_TIERS.map((t, n) => {
      const money = { amountMinor: t.amountMinor, currency: CURRENCY };
      return Object.assign(new PriceTierType(), {
        id: uuid(2, n),
        durationMinutes: t.durationMinutes,
        price: Object.assign(new MoneyType(), { ...money, formatted: formatMoney(money, LOCALE) }),
      });
    });
  }
}
