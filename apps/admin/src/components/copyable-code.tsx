import { Button, Code, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';

type CopyableCodeProps = {
  text: string;
  /** The block's accessible name. */
  label: string;
  copyLabel: string;
  /** Said once copied. */
  copiedMessage: string;
};

/** Text to paste elsewhere (a snippet, a secret), in a block with a button that copies it. */
export function CopyableCode({ text, label, copyLabel, copiedMessage }: CopyableCodeProps) {
  const [copied, setCopied] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(copiedMessage);
    } catch {
      setCopied('Copying was refused: select the text and copy it.');
    }
  };
  return (
    <Stack gap="xs">
      <Code block aria-label={label} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
        {text}
      </Code>
      <Group>
        <Button variant="default" onClick={copy}>
          {copyLabel}
        </Button>
        <Text size="sm" role="status">
          {copied}
        </Text>
      </Group>
    </Stack>
  );
}
