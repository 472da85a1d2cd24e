import { useQuery } from '@apollo/client/react';
import { AppShell, Badge, Burger, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Outlet } from 'react-router';
import { QueryErrorAlert } from '../components/query-error-alert';
import { graphql } from '../gql';
import { isUnauthenticated } from './api-errors';
import { ConsoleNav } from './navigation/console-nav';
import { SignOutButton } from './sign-out/sign-out-button';

// email is not shown here: loading it now lets the account page answer from the cache.
export const AppShellQuery = graphql(`
  query AppShellQuery {
    me {
      id
      displayName
      email
      role
    }
  }
`);

/**
 * The frame of every console page: who is signed in, the sections their role
 * may use, and the page. Nothing renders before the API has said who that is;
 * without a session the session-expiry link sends the person to sign-in.
 */
export function AdminAppShell() {
  const { data, error, refetch } = useQuery(AppShellQuery);
  const [navbarOpened, { toggle: toggleNavbar, close: closeNavbar }] = useDisclosure(false);

  if (!data) {
    return (
      <Center component="main" mih="100vh" p="lg">
        {error && !isUnauthenticated(error) ? (
          <Stack maw={480}>
            <QueryErrorAlert title="The console could not load your account" error={error} />
            <Button variant="default" onClick={() => void refetch()}>
              Try again
            </Button>
          </Stack>
        ) : (
          <Loader aria-label="Loading the console" role="status" />
        )}
      </Center>
    );
  }

  const { me } = data;
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm" wrap="nowrap">
          <Burger
            opened={navbarOpened}
            onClick={toggleNavbar}
            hiddenFrom="sm"
            size="sm"
            aria-label="Toggle navigation"
          />
          <Text fw={700} size="lg" truncate>
            Medical Massage — Admin
          </Text>
          <Group ml="auto" gap="sm" wrap="nowrap">
            <Text size="sm" fw={500} visibleFrom="xs">
              {me.displayName}
            </Text>
            <Badge variant="light" visibleFrom="xs">
              {me.role}
            </Badge>
            <SignOutButton />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Sections">
        <ConsoleNav role={me.role} onNavigate={closeNavbar} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
