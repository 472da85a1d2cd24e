import { Button, Group, Text } from '@mantine/core';
import { useSignOut } from './use-sign-out';

export function SignOutButton() {
  const { signOut, signingOut, failed } = useSignOut();
  return (
    <Group gap="xs" wrap="nowrap">
      {failed && (
        <Text role="alert" size="sm" c="red.8">
          Signing out failed: check your connection and try again.
        </Text>
      )}
      <Button variant="default" size="sm" loading={signingOut} onClick={() => void signOut()}>
        Sign out
      </Button>
    </Group>
  );
}
