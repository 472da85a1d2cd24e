import { Skeleton, Stack } from '@mantine/core';

const placeholderRows = [1, 2, 3, 4];

export function CatalogPageSkeleton() {
  return (
    <Stack gap="sm" aria-busy="true" aria-label="Loading the catalog">
      <Skeleton height={28} width={160} />
      {placeholderRows.map((row) => (
        <Skeleton key={row} height={36} />
      ))}
      <Skeleton height={28} width={160} mt="lg" />
      {placeholderRows.map((row) => (
        <Skeleton key={row} height={36} maw={480} />
      ))}
    </Stack>
  );
}
