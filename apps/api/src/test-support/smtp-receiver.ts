import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpReceiver {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  readonly url: string;
  /** Every message accepted so far (answered 250), in order. */
  readonly received: ParsedMail[];
  /** Until `hold(false)`, messages are read but never answered: a sender killed meanwhile has not delivered. */
  hold(on: boolean): void;
  /** How many messages are being held unanswered. */
  held(): number;
  close(): Promise<void>;
}

/** An SMTP server in this process, as a mail relay would be: it parses and keeps what it accepts. */
export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const received: ParsedMail[] = [];
  let holding = false;
  let held = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          if (holding) {
            held++;
            return; // never answered
          }
          received.push(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    hold: (on) => {
      holding = on;
    },
    held: () => held,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
