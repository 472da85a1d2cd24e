import { Skeleton, Stack, Text } from '@mantine/core';

/** What a list shows while it loads: placeholder rows, announced as busy. */
export function ListSkeleton({ label, rows = 5 }: { label: string; rows?: number }) {
  return (
    <Stack gap="sm" aria-busy="true" aria-label={label}>
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have nothing else to tell them apart
        <Skeleton key={i} height={36} />
      ))}
    </Stack>
  );
}

/** What a list shows when nothing matches. */
export function EmptyList({ children }: { children: string }) {
  return (
    <Text c="gray.7" py="md">
      {children}
    </Text>
  );
}
