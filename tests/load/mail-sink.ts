import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** An SMTP relay for the load run: it takes a while over each message, and counts what it accepted by Message-ID. */
export interface MailSink {
  readonly url: string;
  /** How many times each Message-ID was accepted (answered 250). */
  readonly accepted: ReadonlyMap<string, number>;
  close(): Promise<void>;
}

const MESSAGE_ID = /^Message-ID:\s*(<[^>\r\n]+>)/im;

/**
 * Each message is held `holdMs` before its 250, so that deliveries are under
 * way when an instance is killed; one whose connection drops meanwhile was not
 * accepted (its sender never heard so) and is not counted.
 */
export async function startMailSink(holdMs: number): Promise<MailSink> {
  const accepted = new Map<string, number>();
  const closed = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onClose(session) {
      closed.add(session.id);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const id = MESSAGE_ID.exec(Buffer.concat(chunks).toString('utf8'))?.[1];
        setTimeout(() => {
          if (id && !closed.has(session.id)) accepted.set(id, (accepted.get(id) ?? 0) + 1);
          callback();
        }, holdMs);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
