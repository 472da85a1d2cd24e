import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { MantineProvider } from '@mantine/core';
import { type RenderResult, render } from '@testing-library/react';
import { createMemoryRouter, type DataRouter, RouterProvider } from 'react-router';
import { consoleRoutes } from '../app/console-routes';
import { redirectToSignIn } from '../app/session-expiry';
import { createSessionExpiryLink } from '../app/session-expiry-link';

type RenderedConsole = RenderResult & {
  router: DataRouter;
  /** Where the console is now: path and query. */
  location(): string;
};

/**
 * The whole console at `path`, as main.tsx wires it (routes, the session-expiry
 * link, redirects through the router) with the API replaced by `mocks`.
 */
export function renderConsole(path: string, mocks: ReadonlyArray<MockLink.MockedResponse>): RenderedConsole {
  const router = createMemoryRouter(consoleRoutes, { initialEntries: [path] });
  const link = ApolloLink.from([createSessionExpiryLink(() => redirectToSignIn(router)), new MockLink(mocks)]);
  const view = render(
    <MantineProvider>
      <MockedProvider link={link}>
        <RouterProvider router={router} />
      </MockedProvider>
    </MantineProvider>,
  );
  const location = () => `${router.state.location.pathname}${router.state.location.search}`;
  return { ...view, router, location };
}
