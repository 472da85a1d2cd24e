import { useEffect } from 'react';

/** How often a list with a delivery due now asks again, to show it going out. */
const POLL_MS = 3000;

type Polling = { startPolling: (interval: number) => void; stopPolling: () => void };

/**
 * A list of emails or webhook calls asks again every few seconds while one it shows is
 * waiting and already due (one due tomorrow will not change soon).
 */
export function usePollWhileDue(
  deliveries: readonly { status: string; dueAt: string }[] | undefined,
  { startPolling, stopPolling }: Polling,
): void {
  const now = Date.now();
  const due = deliveries?.some((d) => d.status === 'PENDING' && Date.parse(d.dueAt) <= now) ?? false;
  useEffect(() => {
    if (!due) return undefined;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [due, startPolling, stopPolling]);
}
