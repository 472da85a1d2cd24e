import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    // Same origin: the dev and preview servers proxy /graphql to the API.
    link: new HttpLink({ uri: '/graphql' }),
    cache: new InMemoryCache(),
  });
}
