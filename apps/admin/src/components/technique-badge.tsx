import { Badge } from '@mantine/core';
import type { Technique } from '../gql/graphql';

type TechniqueBadgeProps = {
  technique: Technique;
};

// Derived from the enum value rather than a lookup table, so values the API adds later still read well.
function techniqueLabel(technique: Technique): string {
  const words = technique.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function TechniqueBadge({ technique }: TechniqueBadgeProps) {
  return (
    <Badge variant="light" color="teal" tt="none">
      {techniqueLabel(technique)}
    </Badge>
  );
}
