import '@mantine/core/styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './app/apollo-client';
import { consoleRoutes } from './app/console-routes';
import { redirectToSignIn } from './app/session-expiry';
import { consoleCssVariables, consoleTheme } from './app/theme';

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html has no #root element');
}

const router = createBrowserRouter(consoleRoutes);
const client = createApolloClient({ onUnauthenticated: () => redirectToSignIn(router) });

createRoot(container).render(
  <StrictMode>
    <MantineProvider theme={consoleTheme} cssVariablesResolver={consoleCssVariables}>
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </MantineProvider>
  </StrictMode>,
);
