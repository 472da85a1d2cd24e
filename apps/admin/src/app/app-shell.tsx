import { AppShell, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';

type AdminAppShellProps = {
  children: ReactNode;
};

const upcomingSections = ['Therapists', 'Referrals', 'Bookings', 'Partners'];

export function AdminAppShell({ children }: AdminAppShellProps) {
  const [navbarOpened, { toggle: toggleNavbar }] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm">
          <Burger
            opened={navbarOpened}
            onClick={toggleNavbar}
            hiddenFrom="sm"
            size="sm"
            aria-label="Toggle navigation"
          />
          <Text fw={700} size="lg">
            Medical Massage — Admin
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Sections">
        <NavLink href="/" label="Catalog" active aria-current="page" />
        {upcomingSections.map((section) => (
          <NavLink key={section} label={section} description="Coming soon" disabled />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
