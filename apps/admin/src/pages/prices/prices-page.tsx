import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { formatMoney, parseMoneyAmount } from '@mm/domain/money';
import { checkPriceChange } from '@mm/domain/pricing';
import { type FormEvent, useState } from 'react';
import { type FieldFault, faultOf } from '../../app/api-errors';
import { formatDate, formatDateTime, type Operator, operatorDate, useOperator } from '../../app/operator-time';
import { ConfirmDialog } from '../../components/dialogs';
import { EmptyList, ListSkeleton } from '../../components/list-states';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { graphql } from '../../gql';
import type { PriceHistoryQueryQuery } from '../../gql/graphql';

export const PriceHistoryQuery = graphql(`
  query PriceHistoryQuery {
    priceHistory {
      id
      durationMinutes
      price {
        amountMinor
        formatted
      }
      effectiveFrom
      effectiveUntil
      period
      createdAt
      createdBy
    }
  }
`);

export const SchedulePriceChangeMutation = graphql(`
  mutation SchedulePriceChangeMutation($durationMinutes: Int!, $amountMinor: Int!, $effectiveFrom: Date!) {
    schedulePriceChange(durationMinutes: $durationMinutes, amountMinor: $amountMinor, effectiveFrom: $effectiveFrom) {
      id
    }
  }
`);

export const CancelPriceChangeMutation = graphql(`
  mutation CancelPriceChangeMutation($id: ID!) {
    cancelPriceChange(id: $id)
  }
`);

type Row = PriceHistoryQueryQuery['priceHistory'][number];
const REFRESH = ['PriceHistoryQuery', 'CatalogPageQuery'];

export function PricesPage() {
  const { operator, error: operatorError } = useOperator();
  const { data, error } = useQuery(PriceHistoryQuery);
  const failed = operatorError ?? error;
  const [withdrawing, setWithdrawing] = useState<Row | null>(null);
  const rows = data?.priceHistory ?? [];
  const current = rows.filter((r) => r.period === 'CURRENT');
  const scheduled = rows.filter((r) => r.period === 'SCHEDULED');
  return (
    <Stack gap="xl">
      <Title order={1}>Prices</Title>
      {failed && <QueryErrorAlert title="The prices could not be loaded" error={failed} />}
      {!failed && !(data && operator) && <ListSkeleton label="Loading the prices" />}
      {data && operator && (
        <>
          <Stack component="section" gap="sm" aria-labelledby="current-heading">
            <Title order={2} id="current-heading">
              On sale today
            </Title>
            {current.length === 0 ? (
              <EmptyList>Nothing is on sale today.</EmptyList>
            ) : (
              <PriceTable label="Prices on sale today" rows={current} operator={operator} />
            )}
          </Stack>
          <Stack component="section" gap="sm" aria-labelledby="scheduled-heading">
            <Title order={2} id="scheduled-heading">
              Scheduled changes
            </Title>
            {scheduled.length === 0 ? (
              <EmptyList>No changes scheduled.</EmptyList>
            ) : (
              <PriceTable
                label="Scheduled price changes"
                rows={scheduled}
                operator={operator}
                onWithdraw={setWithdrawing}
              />
            )}
            <ScheduleForm operator={operator} />
          </Stack>
          <Stack component="section" gap="sm" aria-labelledby="history-heading">
            <Title order={2} id="history-heading">
              History
            </Title>
            <PriceTable label="Price history" rows={rows} operator={operator} withPeriod />
          </Stack>
        </>
      )}
      {withdrawing && operator && (
        <WithdrawDialog row={withdrawing} operator={operator} onClose={() => setWithdrawing(null)} />
      )}
    </Stack>
  );
}

const PERIOD_WORDS: Record<Row['period'], string> = { PAST: 'Past', CURRENT: 'On sale', SCHEDULED: 'Scheduled' };

function PriceTable({
  label,
  rows,
  operator,
  withPeriod = false,
  onWithdraw,
}: {
  label: string;
  rows: readonly Row[];
  operator: Operator;
  withPeriod?: boolean;
  onWithdraw?: (row: Row) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={label} striped verticalSpacing="xs" maw={960}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Length</Table.Th>
            <Table.Th ta="right">Price</Table.Th>
            <Table.Th>From</Table.Th>
            <Table.Th>Until</Table.Th>
            {withPeriod && <Table.Th>Status</Table.Th>}
            <Table.Th>Entered</Table.Th>
            {onWithdraw && (
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>{r.durationMinutes} min</Table.Td>
              <Table.Td ta="right">{r.price.formatted}</Table.Td>
              <Table.Td>{formatDate(r.effectiveFrom, operator, 'short')}</Table.Td>
              <Table.Td>
                {r.effectiveUntil ? `until ${formatDate(r.effectiveUntil, operator, 'short')}` : 'no end'}
              </Table.Td>
              {withPeriod && <Table.Td>{PERIOD_WORDS[r.period]}</Table.Td>}
              <Table.Td>
                {formatDateTime(r.createdAt, operator)}
                {r.createdBy ? ` by ${r.createdBy}` : ''}
              </Table.Td>
              {onWithdraw && (
                <Table.Td>
                  <Button variant="default" size="xs" onClick={() => onWithdraw(r)}>
                    Withdraw…
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The first day of the month after `date` (YYYY-MM-DD): where a price change usually starts. */
function firstOfNextMonth(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** Checked with the API's own rules (packages/domain) before sending; its field errors land beside the fields. */
function ScheduleForm({ operator }: { operator: Operator }) {
  const today = operatorDate(Date.now(), operator);
  const [length, setLength] = useState('');
  const [amount, setAmount] = useState('');
  const [from, setFrom] = useState(firstOfNextMonth(today));
  const [fault, setFault] = useState<FieldFault | null>(null);
  const [done, setDone] = useState('');
  const [run, { loading }] = useMutation(SchedulePriceChangeMutation, { refetchQueries: REFRESH });
  const errorFor = (field: string) => (fault?.field === field ? fault.message : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setDone('');
    const price = parseMoneyAmount(amount, operator.currency, 'amountMinor');
    if (!price.ok) return setFault(price.error);
    const durationMinutes = Number(length);
    const checked = checkPriceChange({ durationMinutes, price: price.value, effectiveFrom: from, today });
    if (!checked.ok) return setFault(checked.error);
    setFault(null);
    try {
      await run({ variables: { durationMinutes, amountMinor: price.value.amountMinor, effectiveFrom: from } });
      setDone(
        `Sessions of ${durationMinutes} minutes from ${formatDate(from, operator)} will cost ${formatMoney(price.value, operator.locale)}. Bookings already sold keep their price.`,
      );
      setLength('');
      setAmount('');
    } catch (failure) {
      setFault(faultOf(failure, 'The change could not be saved. Try again.', 'effectiveFrom'));
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Schedule a price change">
      <Stack gap="xs">
        <Title order={3} size="h4">
          Schedule a price change
        </Title>
        <Group align="flex-start" gap="sm">
          <TextInput
            label="Length (minutes)"
            type="number"
            min={15}
            value={length}
            onChange={(e) => setLength(e.currentTarget.value)}
            error={errorFor('durationMinutes')}
          />
          <TextInput
            label={`New price (${operator.currency})`}
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.currentTarget.value)}
            error={errorFor('amountMinor')}
          />
          <TextInput
            label="From"
            type="date"
            value={from}
            min={today}
            onChange={(e) => setFrom(e.currentTarget.value)}
            error={errorFor('effectiveFrom')}
          />
          <Button type="submit" loading={loading} mt={25}>
            Schedule
          </Button>
        </Group>
        {done && (
          <Text size="sm" role="status">
            {done}
          </Text>
        )}
      </Stack>
    </form>
  );
}

function WithdrawDialog({ row, operator, onClose }: { row: Row; operator: Operator; onClose: () => void }) {
  const [run] = useMutation(CancelPriceChangeMutation, { refetchQueries: REFRESH });
  return (
    <ConfirmDialog
      title="Withdraw this price change?"
      confirmLabel="Withdraw"
      cancelLabel="Keep it"
      danger
      errorTitle="Nothing was changed"
      run={() => run({ variables: { id: row.id } })}
      onClose={onClose}
    >
      {row.durationMinutes} minutes at {row.price.formatted} from {formatDate(row.effectiveFrom, operator)}: the price
      before it stays on sale.
    </ConfirmDialog>
  );
}
