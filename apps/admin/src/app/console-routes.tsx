import type { RouteObject } from 'react-router';
import { AccountPage } from '../pages/account/account-page';
import { CatalogPage } from '../pages/catalog/catalog-page';
import { NotFoundPage } from '../pages/not-found/not-found-page';
import { SignInPage } from '../pages/sign-in/sign-in-page';
import { AdminAppShell } from './app-shell';
import { signInPath } from './sign-in-location';

/** Every page of the console. All but sign-in live in the shell, which needs a session. */
export const consoleRoutes: RouteObject[] = [
  { path: signInPath, element: <SignInPage /> },
  {
    path: '/',
    element: <AdminAppShell />,
    children: [
      { index: true, element: <CatalogPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
