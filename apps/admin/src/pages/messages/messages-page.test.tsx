import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OperatorQuery } from '../../app/operator-time';
import type { MessagesPageQueryQuery, MessagesPageQueryQueryVariables } from '../../gql/graphql';
import { renderConsole } from '../../testing/render-console';
import { appShellMock } from '../../testing/staff-mocks';
import { MessagesPageQuery } from './messages-page';

type Node = MessagesPageQueryQuery['messages']['edges'][number]['node'];

const node = (fields: Partial<Node> & Pick<Node, 'id' | 'status'>): Node => ({
  __typename: 'Delivery',
  topic: 'booking.created',
  template: 'booking.confirmation',
  attempts: 1,
  createdAt: '2026-11-27T22:00:00.000Z',
  dueAt: '2026-11-27T22:00:00.000Z',
  sentAt: null,
  bookingReference: 'BK-7Q2X',
  referralCode: null,
  email: null,
  ...fields,
});

const listMock = (
  variables: MessagesPageQueryQueryVariables,
  nodes: Node[],
): MockLink.MockedResponse<MessagesPageQueryQuery> => ({
  request: { query: MessagesPageQuery, variables },
  result: {
    data: {
      messages: {
        __typename: 'DeliveryConnection',
        edges: nodes.map((n) => ({ __typename: 'DeliveryEdge', node: n })),
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
      },
    },
  },
});

const operatorMock = {
  request: { query: OperatorQuery },
  result: {
    data: {
      bookingPolicy: { __typename: 'BookingPolicy', timeZone: 'Australia/Sydney', locale: 'en-AU', currency: 'AUD' },
    },
  },
};

describe('MessagesPage', () => {
  it('lists emails with their kind, status and booking, says when they are only kept, and filters by status', async () => {
    const kept = node({
      id: 'dlv_1',
      status: 'SENT',
      sentAt: '2026-11-27T22:00:01.000Z',
      email: { __typename: 'EmailMessage', to: 'jo@example.com', subject: 'Booked: BK-7Q2X', transport: 'KEPT' },
    });
    const dead = node({ id: 'dlv_2', status: 'DEAD', template: 'therapist.booking.created', attempts: 8 });
    const { location } = renderConsole('/messages', [
      appShellMock('COORDINATOR'),
      operatorMock,
      listMock({ status: null, after: null }, [kept, dead]),
      listMock({ status: 'DEAD', after: null }, [dead]),
    ]);

    const table = await screen.findByRole('table', { name: 'Emails' });
    expect(screen.getByText(/When no mail server \(SMTP\) is set up/)).toBeDefined();
    const [, first, second] = within(table).getAllByRole('row');
    expect(first?.textContent).toContain('Kept, not sent');
    expect(first?.textContent).toContain('Booking confirmation');
    expect(
      within(first as HTMLElement)
        .getByRole('link', { name: 'Booked: BK-7Q2X' })
        .getAttribute('href'),
    ).toBe('/messages/dlv_1');
    expect(
      within(first as HTMLElement)
        .getByRole('link', { name: 'BK-7Q2X' })
        .getAttribute('href'),
    ).toBe('/bookings?from=&q=BK-7Q2X');
    expect(second?.textContent).toContain('Failed');
    expect(second?.textContent).toContain('New booking, to the therapist');

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'DEAD' } });
    await waitFor(() => expect(location()).toBe('/messages?status=DEAD'));
    await waitFor(() =>
      expect(within(screen.getByRole('table', { name: 'Emails' })).getAllByRole('row')).toHaveLength(2),
    );
  });
});
