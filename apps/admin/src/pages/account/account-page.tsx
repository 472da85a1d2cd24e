import { useQuery } from '@apollo/client/react';
import { Badge, Box, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { SignOutButton } from '../../app/sign-out/sign-out-button';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { graphql } from '../../gql';

// Answered from the cache: the app shell's query has already loaded all of `me`.
const AccountPageQuery = graphql(`
  query AccountPageQuery {
    me {
      id
      displayName
      email
      role
    }
  }
`);

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Group component="div" gap="md" wrap="nowrap">
      <Text component="dt" fw={600} w={80}>
        {term}
      </Text>
      <Box component="dd" m={0}>
        {children}
      </Box>
    </Group>
  );
}

export function AccountPage() {
  const { data, error } = useQuery(AccountPageQuery);
  return (
    <Stack gap="xl" maw={560}>
      <title>Your account — Medical Massage — Admin</title>
      <Title order={1}>Your account</Title>
      {error && <QueryErrorAlert title="Your account could not be loaded" error={error} />}
      {!error && !data && <Skeleton height={96} aria-busy="true" aria-label="Loading your account" />}
      {data && (
        <Stack component="dl" gap="sm" m={0}>
          <Detail term="Name">{data.me.displayName}</Detail>
          <Detail term="Email">{data.me.email}</Detail>
          <Detail term="Role">
            <Badge variant="light">{data.me.role}</Badge>
          </Detail>
        </Stack>
      )}
      <Box>
        <SignOutButton />
      </Box>
    </Stack>
  );
}
