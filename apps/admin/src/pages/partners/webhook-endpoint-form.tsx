import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type FieldFault, faultOf } from '../../app/api-errors';
import { graphql } from '../../gql';
import type { WebhookTopic } from '../../gql/graphql';

export const AddWebhookEndpointMutation = graphql(`
  mutation AddWebhookEndpointMutation($input: WebhookEndpointInput!) {
    addWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
      }
    }
  }
`);

/** Each event as the partner's server receives it (its `type`), and in words. */
export const WEBHOOK_TOPICS: readonly { value: WebhookTopic; wire: string; words: string }[] = [
  { value: 'BOOKING_CREATED', wire: 'booking.created', words: 'A booking is made' },
  { value: 'BOOKING_RESCHEDULED', wire: 'booking.rescheduled', words: 'A booking is moved' },
  { value: 'BOOKING_CANCELLED', wire: 'booking.cancelled', words: 'A booking is cancelled' },
  { value: 'BOOKING_COMPLETED', wire: 'booking.completed', words: 'A session was given' },
  { value: 'REFERRAL_VERIFIED', wire: 'referral.verified', words: 'A referral is verified' },
];

export const topicWire = (topic: WebhookTopic): string => WEBHOOK_TOPICS.find((t) => t.value === topic)?.wire ?? topic;

/** A new endpoint: its URL and the events it is told of. Its secret goes to `onAdded`, to be shown once. */
export function WebhookEndpointForm({ partnerId, onAdded }: { partnerId: string; onAdded: (secret: string) => void }) {
  const [url, setUrl] = useState('');
  const [topics, setTopics] = useState<string[]>([]);
  const [fault, setFault] = useState<FieldFault | null>(null);
  const [add, { loading }] = useMutation(AddWebhookEndpointMutation, { refetchQueries: ['WebhookEndpointsQuery'] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    if (topics.length === 0) return setFault({ field: 'topics', message: 'Choose at least one event' });
    setFault(null);
    try {
      const { data } = await add({
        variables: { input: { partnerId, url: url.trim(), topics: topics as WebhookTopic[] } },
      });
      if (!data) return;
      setUrl('');
      setTopics([]);
      onAdded(data.addWebhookEndpoint.secret);
    } catch (failure) {
      setFault(faultOf(failure, 'Not added. Try again.'));
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Add a webhook endpoint">
      <Stack gap="md" maw={720}>
        <TextInput
          label="URL"
          description="Where the partner's server listens, such as https://hooks.partner.example/massage"
          withAsterisk
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
          error={fault?.field === 'url' ? fault.message : undefined}
        />
        <Checkbox.Group
          label="Events it is told of"
          withAsterisk
          value={topics}
          onChange={setTopics}
          error={fault?.field === 'topics' ? fault.message : undefined}
        >
          <Stack gap="xs" mt="xs">
            {WEBHOOK_TOPICS.map((t) => (
              <Checkbox key={t.value} value={t.value} label={t.wire} description={t.words} />
            ))}
          </Stack>
        </Checkbox.Group>
        {fault && fault.field !== 'url' && fault.field !== 'topics' && (
          <Alert color="red.9" variant="outline" role="alert">
            {fault.message}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={loading}>
            Add the endpoint
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
