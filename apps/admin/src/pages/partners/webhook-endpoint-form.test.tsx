import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { AddWebhookEndpointMutation, WebhookEndpointForm } from './webhook-endpoint-form';

const input = (url: string) => ({ partnerId: 'ptn_1', url, topics: ['BOOKING_CREATED'] });

function renderForm(mocks: MockLink.MockedResponse[], onAdded = vi.fn()) {
  render(
    <MantineProvider>
      <MockedProvider mocks={mocks}>
        <WebhookEndpointForm partnerId="ptn_1" onAdded={onAdded} />
      </MockedProvider>
    </MantineProvider>,
  );
  return onAdded;
}

const fill = (url: string) => {
  fireEvent.change(screen.getByLabelText(/^URL/), { target: { value: url } });
  fireEvent.click(screen.getByLabelText('booking.created'));
  fireEvent.click(screen.getByRole('button', { name: 'Add the endpoint' }));
};

describe('WebhookEndpointForm', () => {
  it('asks for an event before calling the API', async () => {
    renderForm([]);
    fireEvent.change(screen.getByLabelText(/^URL/), { target: { value: 'https://hooks.example.com/mm' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the endpoint' }));
    expect(await screen.findByText('Choose at least one event')).toBeDefined();
  });

  it("shows the API's refusal beside the URL", async () => {
    renderForm([
      {
        request: { query: AddWebhookEndpointMutation, variables: { input: input('http://10.0.0.7/hooks') } },
        result: {
          errors: [
            new GraphQLError('the endpoint resolves to a private address, which webhooks may not reach', {
              extensions: { code: 'BAD_USER_INPUT', field: 'url' },
            }),
          ],
        },
      },
    ]);
    fill('http://10.0.0.7/hooks');
    const message = await screen.findByText(/resolves to a private address/);
    expect(screen.getByLabelText(/^URL/).getAttribute('aria-describedby')).toContain(message.id);
  });

  it('hands the new secret on, once, and clears the form', async () => {
    const onAdded = renderForm([
      {
        request: { query: AddWebhookEndpointMutation, variables: { input: input('https://hooks.example.com/mm') } },
        result: {
          data: {
            addWebhookEndpoint: {
              __typename: 'IssuedWebhookSecret',
              secret: 'whsec_abc',
              endpoint: { __typename: 'WebhookEndpoint', id: 'whe_1' },
            },
          },
        },
      },
    ]);
    fill('https://hooks.example.com/mm');
    await waitFor(() => expect(onAdded).toHaveBeenCalledWith('whsec_abc'));
    expect((screen.getByLabelText(/^URL/) as HTMLInputElement).value).toBe('');
  });
});
