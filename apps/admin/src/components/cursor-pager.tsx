import { Button, Group } from '@mantine/core';
import { useState } from 'react';

/** Keyset pages: the cursors of the pages before this one ("Previous" pops, "Next" pushes). */
export function useCursorPages() {
  const [cursors, setCursors] = useState<string[]>([]);
  return {
    after: cursors.at(-1) ?? null,
    onFirstPage: cursors.length === 0,
    reset: () => setCursors([]),
    next: (cursor: string) => setCursors([...cursors, cursor]),
    previous: () => setCursors(cursors.slice(0, -1)),
  };
}

type CursorPagerProps = {
  pages: ReturnType<typeof useCursorPages>;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  loading: boolean;
};

/** Previous and next page, shown only when there is more than one. */
export function CursorPager({ pages, pageInfo, loading }: CursorPagerProps) {
  if (pages.onFirstPage && !pageInfo.hasNextPage) return null;
  return (
    <Group>
      <Button variant="default" disabled={pages.onFirstPage} onClick={pages.previous}>
        Previous page
      </Button>
      <Button
        variant="default"
        disabled={!pageInfo.hasNextPage || loading}
        onClick={() => pageInfo.endCursor && pages.next(pageInfo.endCursor)}
      >
        Next page
      </Button>
    </Group>
  );
}
