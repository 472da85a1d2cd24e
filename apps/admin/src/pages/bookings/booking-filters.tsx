import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { SEARCH_MAX_LENGTH } from '@mm/domain/search';
import { type FormEvent, useState } from 'react';
import type { BookingStatus, StaffBookingOrder } from '../../gql/graphql';

/** The list's filters as they stand in the page's address: what can be shared or bookmarked. */
export type BookingFilterValues = {
  from: string;
  to: string;
  status: BookingStatus | '';
  therapist: string;
  treatment: string;
  partner: string;
  q: string;
  order: StaffBookingOrder;
};

export const FILTER_KEYS = ['from', 'to', 'status', 'therapist', 'treatment', 'partner', 'q', 'order'] as const;

type Option = { value: string; label: string };

type BookingFiltersProps = {
  values: BookingFilterValues;
  onApply: (values: BookingFilterValues) => void;
  treatments: Option[];
  /** Left out for a therapist, who sees only their own bookings. */
  therapists?: Option[] | undefined;
  /** Only admins see partners. */
  partners?: Option[] | undefined;
};

const STATUSES: Option[] = [
  { value: '', label: 'Any status' },
  { value: 'CONFIRMED', label: 'Confirmed' },
  { value: 'COMPLETED', label: 'Completed' },
  { value: 'CANCELLED', label: 'Cancelled' },
  { value: 'NO_SHOW', label: 'No-show' },
];

const ORDERS: Option[] = [
  { value: 'START_ASC', label: 'Soonest first' },
  { value: 'START_DESC', label: 'Latest first' },
  { value: 'BOOKED_DESC', label: 'Most recently booked' },
];

const anyOf = (label: string, options: Option[]) => [{ value: '', label }, ...options];

export function BookingFilters({ values, onApply, treatments, therapists, partners }: BookingFiltersProps) {
  const [draft, setDraft] = useState(values);
  const [rangeError, setRangeError] = useState<string | null>(null);
  const set = (key: keyof BookingFilterValues) => (event: { currentTarget: { value: string } }) =>
    setDraft({ ...draft, [key]: event.currentTarget.value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.to < draft.from) {
      setRangeError('The last day comes on or after the first');
      return;
    }
    setRangeError(null);
    onApply(draft);
  };

  return (
    <form onSubmit={submit} aria-label="Filter bookings">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput type="date" label="From" value={draft.from} onChange={set('from')} />
        <TextInput type="date" label="To (included)" value={draft.to} onChange={set('to')} error={rangeError} />
        <NativeSelect label="Status" data={STATUSES} value={draft.status} onChange={set('status')} />
        {therapists && (
          <NativeSelect
            label="Therapist"
            data={anyOf('Any therapist', therapists)}
            value={draft.therapist}
            onChange={set('therapist')}
          />
        )}
        <NativeSelect
          label="Treatment"
          data={anyOf('Any treatment', treatments)}
          value={draft.treatment}
          onChange={set('treatment')}
        />
        {partners && (
          <NativeSelect
            label="Through"
            data={[{ value: '', label: 'Any channel' }, ...partners]}
            value={draft.partner}
            onChange={set('partner')}
          />
        )}
        <TextInput
          label="Reference or client"
          placeholder="BK-… , name or email"
          value={draft.q}
          onChange={set('q')}
          maxLength={SEARCH_MAX_LENGTH}
        />
        <NativeSelect label="Order" data={ORDERS} value={draft.order} onChange={set('order')} />
        <Button type="submit">Show bookings</Button>
      </Group>
    </form>
  );
}
