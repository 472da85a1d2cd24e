/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type SignInInput = {
  email: string;
  password: string;
};

/** ADMIN: everything. COORDINATOR: the daily operation. THERAPIST: their own schedule and bookings. */
export type StaffRole =
  | 'ADMIN'
  | 'COORDINATOR'
  | 'THERAPIST';

export type Technique =
  | 'DEEP_TISSUE'
  | 'LYMPHATIC_DRAINAGE'
  | 'MYOFASCIAL_RELEASE'
  | 'NEUROMUSCULAR'
  | 'PRENATAL'
  | 'SPORTS'
  | 'SWEDISH'
  | 'TRIGGER_POINT';

export type AppShellQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type AppShellQueryQuery = { me: { __typename: 'StaffAccount', id: string, displayName: string, email: string, role: StaffRole } };

export type SignOutMutationMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutationMutation = { signOut: boolean };

export type AccountPageQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountPageQueryQuery = { me: { __typename: 'StaffAccount', id: string, displayName: string, email: string, role: StaffRole } };

export type CatalogPageQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogPageQueryQuery = { treatments: Array<(
    { __typename: 'Treatment' }
    & { ' $fragmentRefs'?: { 'TreatmentTable_TreatmentFragment': TreatmentTable_TreatmentFragment } }
  )>, priceTiers: Array<(
    { __typename: 'PriceTier' }
    & { ' $fragmentRefs'?: { 'PriceTierTable_PriceTierFragment': PriceTierTable_PriceTierFragment } }
  )> };

export type PriceTierTable_PriceTierFragment = { __typename: 'PriceTier', id: string, durationMinutes: number, price: { __typename: 'Money', formatted: string } } & { ' $fragmentName'?: 'PriceTierTable_PriceTierFragment' };

export type TreatmentTable_TreatmentFragment = { __typename: 'Treatment', id: string, name: string, slug: string, requiresReferral: boolean, techniques: Array<Technique> } & { ' $fragmentName'?: 'TreatmentTable_TreatmentFragment' };

export type SignInPageMutationMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInPageMutationMutation = { signIn: { __typename: 'StaffAccount', id: string, displayName: string, role: StaffRole } };

export const PriceTierTable_PriceTierFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceTierTable_priceTier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceTier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]} as unknown as DocumentNode<PriceTierTable_PriceTierFragment, unknown>;
export const TreatmentTable_TreatmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatmentTable_treatment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Treatment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"requiresReferral"}},{"kind":"Field","name":{"kind":"Name","value":"techniques"}}]}}]} as unknown as DocumentNode<TreatmentTable_TreatmentFragment, unknown>;
export const AppShellQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppShellQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AppShellQueryQuery, AppShellQueryQueryVariables>;
export const SignOutMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutMutation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutationMutation, SignOutMutationMutationVariables>;
export const AccountPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountPageQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AccountPageQueryQuery, AccountPageQueryQueryVariables>;
export const CatalogPageQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogPageQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treatments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatmentTable_treatment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriceTierTable_priceTier"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatmentTable_treatment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Treatment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"requiresReferral"}},{"kind":"Field","name":{"kind":"Name","value":"techniques"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriceTierTable_priceTier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriceTier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]} as unknown as DocumentNode<CatalogPageQueryQuery, CatalogPageQueryQueryVariables>;
export const SignInPageMutationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInPageMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<SignInPageMutationMutation, SignInPageMutationMutationVariables>;