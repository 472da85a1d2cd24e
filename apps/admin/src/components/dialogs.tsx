import { Drawer, Modal } from '@mantine/core';
import type { ReactNode } from 'react';

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
