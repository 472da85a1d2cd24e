import { NavLink, Stack, Text } from '@mantine/core';
import { Link, matchPath, useLocation } from 'react-router';
import type { StaffRole } from '../../gql/graphql';
import { sectionsFor } from './console-sections';

type ConsoleNavProps = {
  role: StaffRole;
  onNavigate: () => void;
};

/** The sections the role may use; the ones not built yet are named as coming soon. */
export function ConsoleNav({ role, onNavigate }: ConsoleNavProps) {
  const { pathname } = useLocation();
  return (
    <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
      {sectionsFor(role).map(({ label, path }) => {
        if (path === undefined) {
          // Plain text at full contrast, not a greyed-out link: nothing to press yet.
          return (
            <Text component="li" key={label} size="sm" c="gray.8" px="sm" py={8}>
              {label}{' '}
              <Text span size="xs" c="gray.8">
                (coming soon)
              </Text>
            </Text>
          );
        }
        // A section stays current on the pages under it (a booking under Bookings).
        const active = matchPath({ path, end: path === '/' }, pathname) !== null;
        return (
          <li key={label}>
            <NavLink
              component={Link}
              to={path}
              label={label}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={onNavigate}
            />
          </li>
        );
      })}
    </Stack>
  );
}
