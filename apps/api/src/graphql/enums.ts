import { CONDITIONS, type Condition, TECHNIQUES, type Technique } from '@mm/domain/vocabulary';
import { registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]): Record<T, T> =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>; // fromEntries loses the key type

export const TechniqueEnum: Record<Technique, Technique> = asEnum(TECHNIQUES);
export const ConditionEnum: Record<Condition, Condition> = asEnum(CONDITIONS);

registerEnumType(TechniqueEnum, { name: 'Technique' });
registerEnumType(ConditionEnum, { name: 'Condition' });
