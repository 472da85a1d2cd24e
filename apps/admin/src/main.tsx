import '@mantine/core/styles.css';
import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './app/apollo-client';
import { AdminAppShell } from './app/app-shell';
import { CatalogPage } from './pages/catalog/catalog-page';

const container = document.getElementById('root');
if (!container) {
  throw new Error('index.html has no #root element');
}

createRoot(container).render(
  <StrictMode>
    <MantineProvider>
      <ApolloProvider client={createApolloClient()}>
        <AdminAppShell>
          <CatalogPage />
        </AdminAppShell>
      </ApolloProvider>
    </MantineProvider>
  </StrictMode>,
);
