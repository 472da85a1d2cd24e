import type { ErrorLike } from '@apollo/client';
import { Button, Drawer, Group, Modal, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { QueryErrorAlert } from './query-error-alert';

type DialogProps = { title: string; onClose: () => void; children: ReactNode };

// Mantine's headers are <header> elements, which inside role="dialog" count as a second
// page banner; these headers are plain blocks, and the close buttons say what they do.

/** A modal dialog, open while rendered. */
export function ConsoleModal({ title, onClose, children }: DialogProps) {
  return (
    <Modal.Root opened onClose={onClose}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header component="div">
          <Modal.Title component="h2" fw={600}>
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label="Close" />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}

/** A panel from the right, open while `opened`. */
export function ConsoleDrawer({ title, onClose, children, opened }: DialogProps & { opened: boolean }) {
  return (
    <Drawer.Root opened={opened} onClose={onClose} position="right" size="lg">
      <Drawer.Overlay />
      <Drawer.Content>
        <Drawer.Header component="div">
          <Drawer.Title component="h2" fw={600}>
            {title}
          </Drawer.Title>
          <Drawer.CloseButton aria-label="Close" />
        </Drawer.Header>
        <Drawer.Body>{children}</Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}

type ConfirmDialogProps = {
  title: string;
  /** What will happen, said before anything is done. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** A destructive action: the confirm button is red. */
  danger?: boolean;
  /** What failed, when `run` fails: the error is shown under it. */
  errorTitle: string;
  run: () => Promise<unknown>;
  onClose: () => void;
};

/** Asks before an action; runs it once however often the button is pressed, and closes when it is done. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await props.run();
      props.onClose();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };
  return (
    <ConsoleModal title={props.title} onClose={props.onClose}>
      <Stack gap="md">
        <Text component="div">{props.children}</Text>
        {error !== null && <QueryErrorAlert title={props.errorTitle} error={error as ErrorLike} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {props.cancelLabel ?? 'Go back'}
          </Button>
          <Button color={props.danger ? 'red.9' : undefined} onClick={confirm} loading={busy} data-autofocus>
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </ConsoleModal>
  );
}
