import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OperatorQuery } from '../../app/operator-time';
import { ResendDeliveryMutation } from '../../components/resend-delivery-dialog';
import type { MessagePageQueryQuery, OperatorQueryQuery } from '../../gql/graphql';
import { renderConsole } from '../../testing/render-console';
import { appShellMock } from '../../testing/staff-mocks';
import { MessagePageQuery } from './message-page';

const operatorMock: MockLink.MockedResponse<OperatorQueryQuery> = {
  request: { query: OperatorQuery },
  result: {
    data: {
      bookingPolicy: { __typename: 'BookingPolicy', timeZone: 'Australia/Sydney', locale: 'en-AU', currency: 'AUD' },
    },
  },
};

const INVITE = [
  'BEGIN:VCALENDAR',
  'METHOD:REQUEST',
  'BEGIN:VEVENT',
  'UID:bk-1@book.example',
  'SEQUENCE:0',
  'DTSTART;TZID=Australia/Sydney:20261201T093000',
  'SUMMARY:Deep tissue massage\\, 60 min',
  'LOCATION:1 Harbour St\\, Sydney 2000',
  'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n');

type Message = MessagePageQueryQuery['message'];

const confirmation: Message = {
  __typename: 'Delivery',
  id: 'dlv_1',
  topic: 'booking.created',
  template: 'booking.confirmation',
  status: 'SENT',
  attempts: 1,
  lastError: null,
  createdAt: '2026-11-27T22:00:00.000Z',
  dueAt: '2026-11-27T22:00:00.000Z',
  sentAt: '2026-11-27T22:00:01.000Z',
  bookingReference: 'BK-7Q2X',
  referralCode: null,
  email: {
    __typename: 'EmailMessage',
    to: 'jo@example.com',
    subject: 'Your massage is booked: BK-7Q2X',
    text: 'Hello Jo,\nyour massage is booked.',
    html: '<p>Hello Jo, your massage is booked.</p>',
    invite: INVITE,
    transport: 'KEPT',
    messageId: '<dlv_1@127.0.0.1>',
  },
};

const messageMock = (message: Message): MockLink.MockedResponse<MessagePageQueryQuery> => ({
  request: { query: MessagePageQuery, variables: { id: message.id } },
  result: { data: { message } },
});

describe('MessagePage', () => {
  it('shows a kept email: headers, its HTML in a sandboxed frame, and the facts of its invite', async () => {
    renderConsole('/messages/dlv_1', [appShellMock('ADMIN'), operatorMock, messageMock(confirmation)]);

    await screen.findByRole('heading', { name: 'Your massage is booked: BK-7Q2X', level: 1 });
    const main = screen.getByRole('main');
    expect(within(main).getByText('Kept, not sent')).toBeDefined();
    const headers = within(main).getByRole('table', { name: 'Headers' });
    expect(within(headers).getByRole('row', { name: /Message-ID/ }).textContent).toContain('<dlv_1@127.0.0.1>');
    expect(within(headers).getByRole('row', { name: /^Kept/ }).textContent).toMatch(/not sent to anyone/);

    const frame = main.querySelector('iframe');
    expect(frame?.getAttribute('sandbox')).toBe('');
    expect(frame?.getAttribute('srcdoc')).toBe(confirmation.email?.html);
    expect(frame?.getAttribute('title')).toMatch(/as its recipient sees it/);

    const facts = within(main).getByRole('table', { name: 'Invite facts' });
    const value = (name: string) => within(facts).getByRole('row', { name: new RegExp(`^${name}`) }).lastChild;
    expect(value('METHOD')?.textContent).toBe('REQUEST');
    expect(value('DTSTART')?.textContent).toBe('2026-12-01 09:30 Australia/Sydney');
    expect(value('SUMMARY')?.textContent).toBe('Deep tissue massage, 60 min');
    const download = within(main).getByRole('link', { name: /Download the invite/ });
    expect(download.getAttribute('download')).toBe('BK-7Q2X.ics');
    expect(decodeURIComponent(download.getAttribute('href') ?? '')).toBe(`data:text/calendar;charset=utf-8,${INVITE}`);
  });

  it('shows why an email failed and, once confirmed, queues it again', async () => {
    const dead: Message = {
      ...confirmation,
      status: 'DEAD',
      attempts: 8,
      sentAt: null,
      email: null,
      lastError: 'connect ECONNREFUSED 127.0.0.1:25',
    };
    // due later than now: the page would otherwise ask again every few seconds
    const queued = { ...dead, status: 'PENDING' as const, attempts: 0, dueAt: '2099-01-01T00:00:00.000Z' };
    renderConsole('/messages/dlv_1', [
      appShellMock('COORDINATOR'),
      operatorMock,
      messageMock(dead),
      {
        request: { query: ResendDeliveryMutation, variables: { id: 'dlv_1' } },
        result: {
          data: {
            resendDelivery: {
              __typename: 'Delivery',
              id: 'dlv_1',
              status: 'PENDING',
              attempts: 0,
              lastError: dead.lastError,
              responseCode: null,
              dueAt: queued.dueAt,
              sentAt: null,
            },
          },
        },
      },
      messageMock(queued),
    ]);

    await screen.findByText('connect ECONNREFUSED 127.0.0.1:25');
    const main = screen.getByRole('main');
    expect(within(main).getByText('Failed')).toBeDefined();
    fireEvent.click(within(main).getByRole('button', { name: 'Send again…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send this email again?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send again' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await within(main).findByText('Waiting to go')).toBeDefined();
    expect(within(main).queryByRole('button', { name: 'Send again…' })).toBeNull();
  });
});
