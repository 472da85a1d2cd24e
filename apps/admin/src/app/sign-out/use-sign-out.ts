import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { isUnauthenticated } from '../api-errors';
import { signInPath } from '../sign-in-location';

export const SignOutMutation = graphql(`
  mutation SignOutMutation {
    signOut
  }
`);

/** Ends the session, forgets what this session loaded, and shows sign-in. */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  // A session that has already ended needs no redirect with `next`: this is signing out anyway.
  const [signOutMutation, { loading }] = useMutation(SignOutMutation, { context: { handlesUnauthenticated: true } });
  const [failed, setFailed] = useState(false);

  async function signOut(): Promise<void> {
    setFailed(false);
    try {
      await signOutMutation();
    } catch (error) {
      if (!isUnauthenticated(error)) {
        setFailed(true);
        return;
      }
    }
    // clearStore, not resetStore: refetching the page's queries now would only meet UNAUTHENTICATED.
    await client.clearStore();
    await navigate(signInPath, { replace: true });
  }

  return { signOut, signingOut: loading, failed };
}
