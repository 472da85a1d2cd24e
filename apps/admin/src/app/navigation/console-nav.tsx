import { NavLink, Stack } from '@mantine/core';
import { Link, matchPath, useLocation } from 'react-router';
import type { StaffRole } from '../../gql/graphql';
import { sectionsFor } from './console-sections';

type ConsoleNavProps = {
  role: StaffRole;
  onNavigate: () => void;
};

/** The sections the role may use; the ones not built yet are shown, disabled, as coming soon. */
export function ConsoleNav({ role, onNavigate }: ConsoleNavProps) {
  const { pathname } = useLocation();
  return (
    <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
      {sectionsFor(role).map(({ label, path }) => {
        if (path === undefined) {
          return (
            <li key={label}>
              {/* A disabled link (WAI-ARIA): announced as a link that cannot be used yet. */}
              <NavLink label={label} description="Coming soon" disabled role="link" aria-disabled="true" />
            </li>
          );
        }
        const active = matchPath({ path, end: true }, pathname) !== null;
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
