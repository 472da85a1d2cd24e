/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AppShellQuery {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n": typeof types.AppShellQueryDocument,
    "\n  mutation SignOutMutation {\n    signOut\n  }\n": typeof types.SignOutMutationDocument,
    "\n  query AccountPageQuery {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n": typeof types.AccountPageQueryDocument,
    "\n  query CatalogPageQuery {\n    treatments {\n      ...TreatmentTable_treatment\n    }\n    priceTiers {\n      ...PriceTierTable_priceTier\n    }\n  }\n": typeof types.CatalogPageQueryDocument,
    "\n  fragment PriceTierTable_priceTier on PriceTier {\n    id\n    durationMinutes\n    price {\n      formatted\n    }\n  }\n": typeof types.PriceTierTable_PriceTierFragmentDoc,
    "\n  fragment TreatmentTable_treatment on Treatment {\n    id\n    name\n    slug\n    requiresReferral\n    techniques\n  }\n": typeof types.TreatmentTable_TreatmentFragmentDoc,
    "\n  mutation SignInPageMutation($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      role\n    }\n  }\n": typeof types.SignInPageMutationDocument,
};
const documents: Documents = {
    "\n  query AppShellQuery {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n": types.AppShellQueryDocument,
    "\n  mutation SignOutMutation {\n    signOut\n  }\n": types.SignOutMutationDocument,
    "\n  query AccountPageQuery {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n": types.AccountPageQueryDocument,
    "\n  query CatalogPageQuery {\n    treatments {\n      ...TreatmentTable_treatment\n    }\n    priceTiers {\n      ...PriceTierTable_priceTier\n    }\n  }\n": types.CatalogPageQueryDocument,
    "\n  fragment PriceTierTable_priceTier on PriceTier {\n    id\n    durationMinutes\n    price {\n      formatted\n    }\n  }\n": types.PriceTierTable_PriceTierFragmentDoc,
    "\n  fragment TreatmentTable_treatment on Treatment {\n    id\n    name\n    slug\n    requiresReferral\n    techniques\n  }\n": types.TreatmentTable_TreatmentFragmentDoc,
    "\n  mutation SignInPageMutation($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      role\n    }\n  }\n": types.SignInPageMutationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppShellQuery {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query AppShellQuery {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutMutation {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOutMutation {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountPageQuery {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query AccountPageQuery {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogPageQuery {\n    treatments {\n      ...TreatmentTable_treatment\n    }\n    priceTiers {\n      ...PriceTierTable_priceTier\n    }\n  }\n"): (typeof documents)["\n  query CatalogPageQuery {\n    treatments {\n      ...TreatmentTable_treatment\n    }\n    priceTiers {\n      ...PriceTierTable_priceTier\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriceTierTable_priceTier on PriceTier {\n    id\n    durationMinutes\n    price {\n      formatted\n    }\n  }\n"): (typeof documents)["\n  fragment PriceTierTable_priceTier on PriceTier {\n    id\n    durationMinutes\n    price {\n      formatted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TreatmentTable_treatment on Treatment {\n    id\n    name\n    slug\n    requiresReferral\n    techniques\n  }\n"): (typeof documents)["\n  fragment TreatmentTable_treatment on Treatment {\n    id\n    name\n    slug\n    requiresReferral\n    techniques\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInPageMutation($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation SignInPageMutation($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      role\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;