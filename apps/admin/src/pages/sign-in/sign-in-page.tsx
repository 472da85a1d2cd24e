import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { safeNextPath } from '../../app/sign-in-location';
import { graphql } from '../../gql';
import { type SignInFailure, signInFailureOf } from './sign-in-failure';

export const SignInPageMutation = graphql(`
  mutation SignInPageMutation($input: SignInInput!) {
    signIn(input: $input) {
      id
      displayName
      role
    }
  }
`);

const textOf = (value: FormDataEntryValue | null): string => (typeof value === 'string' ? value : '');

/** What is missing from the form, before asking the API. */
function missingFields(email: string, password: string): SignInFailure | undefined {
  if (email && password) {
    return undefined;
  }
  return {
    kind: 'fields',
    ...(email ? {} : { email: 'Enter your email address.' }),
    ...(password ? {} : { password: 'Enter your password.' }),
  };
}

export function SignInPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  // A wrong password is UNAUTHENTICATED too: this page says so itself instead of redirecting.
  const [signIn, { loading }] = useMutation(SignInPageMutation, { context: { handlesUnauthenticated: true } });
  const [failure, setFailure] = useState<SignInFailure>();
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    emailRef.current?.focus();
  }, []);

  // The submit button is disabled while signing in, which drops focus: put it where the problem is.
  useEffect(() => {
    if (failure?.kind === 'fields') {
      (failure.email ? emailRef : passwordRef).current?.focus();
    } else if (failure?.kind === 'credentials') {
      passwordRef.current?.focus();
    } else if (failure?.kind === 'alert') {
      alertRef.current?.focus();
    }
  }, [failure]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Read from the form at submit time: the password is never kept in state.
    const form = new FormData(event.currentTarget);
    const email = textOf(form.get('email')).trim();
    const password = textOf(form.get('password'));
    const missing = missingFields(email, password);
    if (missing) {
      setFailure(missing);
      return;
    }
    setFailure(undefined);
    try {
      await signIn({ variables: { input: { email, password } } });
    } catch (error) {
      const next = signInFailureOf(error);
      if (next.kind === 'credentials' && passwordRef.current) {
        passwordRef.current.value = '';
      }
      setFailure(next);
      return;
    }
    // A new session: nothing loaded for a previous one may show.
    await client.clearStore();
    await navigate(safeNextPath(searchParams.get('next')), { replace: true });
  }

  const alertMessage = failure?.kind === 'credentials' || failure?.kind === 'alert' ? failure.message : undefined;
  const fieldErrors = failure?.kind === 'fields' ? failure : undefined;

  return (
    <Center component="main" mih="100vh" p="md" bg="gray.0">
      <title>Sign in — Medical Massage — Admin</title>
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <Stack gap="lg">
          <Stack gap={4}>
            <Title order={1} size="h2">
              Sign in
            </Title>
            <Text c="gray.7">Medical Massage — Admin console</Text>
          </Stack>
          {alertMessage && (
            <Alert ref={alertRef} tabIndex={-1} color="red" variant="light" title="Signing in did not work">
              {alertMessage}
            </Alert>
          )}
          <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label="Sign in">
            <Stack gap="md">
              <TextInput
                ref={emailRef}
                name="email"
                type="email"
                label="Email"
                autoComplete="username"
                required
                error={fieldErrors?.email}
                onChange={() => fieldErrors?.email && setFailure(undefined)}
              />
              <PasswordInput
                ref={passwordRef}
                name="password"
                label="Password"
                autoComplete="current-password"
                required
                error={fieldErrors?.password}
                onChange={() => fieldErrors?.password && setFailure(undefined)}
              />
              <Button type="submit" loading={loading} fullWidth>
                Sign in
              </Button>
            </Stack>
          </form>
        </Stack>
      </Paper>
    </Center>
  );
}
