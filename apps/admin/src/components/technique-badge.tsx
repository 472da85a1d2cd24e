import { Badge } from '@mantine/core';
import type { Technique } from '../gql/graphql';

/** Badge styles that wrap a long label instead of cutting it off (narrow screens). */
export const WRAPPING_BADGE = {
  root: { height: 'auto' },
  label: { whiteSpace: 'normal', overflow: 'visible' },
} as const;

type TechniqueBadgeProps = {
  technique: Technique;
};

// Derived from the enum value rather than a lookup table, so values the API adds later still read well.
export function techniqueLabel(technique: Technique): string {
  const words = technique.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function TechniqueBadge({ technique }: TechniqueBadgeProps) {
  return (
    // An opaque teal.0 behind teal.9 text: the default translucent background let striped rows bring it under 4.5:1.
    <Badge variant="light" color="teal.0" tt="none" styles={WRAPPING_BADGE}>
      {techniqueLabel(technique)}
    </Badge>
  );
}
