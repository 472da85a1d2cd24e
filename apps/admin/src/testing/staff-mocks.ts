import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { AppShellQuery } from '../app/app-shell';
import { SignOutMutation } from '../app/sign-out/use-sign-out';
import type {
  AppShellQueryQuery,
  CatalogPageQueryQuery,
  SignInPageMutationMutation,
  SignInPageMutationMutationVariables,
  SignOutMutationMutation,
  StaffRole,
} from '../gql/graphql';
import { CatalogPageQuery } from '../pages/catalog/catalog-page';
import { SignInPageMutation } from '../pages/sign-in/sign-in-page';

export const casey = {
  __typename: 'StaffAccount',
  id: 'stf_2',
  displayName: 'Casey Coordinator',
  email: 'coordinator@demo.example',
  role: 'COORDINATOR',
} as const;

export const caseyCredentials = { email: casey.email, password: 'demo-coordinator-password' };

/** The API's answer to an operation without a live session (wrong credentials are answered the same way). */
export function unauthenticated(message = 'Sign in, or send a key, to do this') {
  return { errors: [new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } })] };
}

export function appShellMock(role: StaffRole = casey.role): MockLink.MockedResponse<AppShellQueryQuery> {
  return { request: { query: AppShellQuery }, result: { data: { me: { ...casey, role } } } };
}

export function emptyCatalogMock(): MockLink.MockedResponse<CatalogPageQueryQuery> {
  return { request: { query: CatalogPageQuery }, result: { data: { treatments: [], priceTiers: [] } } };
}

type SignInMock = MockLink.MockedResponse<SignInPageMutationMutation, SignInPageMutationMutationVariables>;

/** signIn with these credentials, answered with `result` (Casey, unless given). */
export function signInMock(
  input: SignInPageMutationMutationVariables['input'],
  result: SignInMock['result'] = {
    data: { signIn: { __typename: 'StaffAccount', id: casey.id, displayName: casey.displayName, role: casey.role } },
  },
): SignInMock {
  return { request: { query: SignInPageMutation, variables: { input } }, result };
}

export function signOutMock(): MockLink.MockedResponse<SignOutMutationMutation> {
  return { request: { query: SignOutMutation }, result: { data: { signOut: true } } };
}
