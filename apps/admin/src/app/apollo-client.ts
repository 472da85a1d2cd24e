import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { createSessionExpiryLink } from './session-expiry-link';

type ApolloClientOptions = {
  /** Called when the API answers UNAUTHENTICATED: the session is missing, expired or revoked. */
  onUnauthenticated: () => void;
};

export function createApolloClient({ onUnauthenticated }: ApolloClientOptions): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      createSessionExpiryLink(onUnauthenticated),
      // Same origin: the dev and preview servers proxy /graphql to the API, and the session cookie goes along.
      new HttpLink({ uri: '/graphql' }),
    ]),
    cache: new InMemoryCache({
      // An email has no id of its own: the list's few fields and the message page's whole email are one value.
      typePolicies: { EmailMessage: { merge: true } },
    }),
  });
}
