import nodemailer from 'nodemailer';
import type { Email } from './email-content.js';

/**
 * How emails leave: over SMTP. With none configured (as on the embedded demo)
 * they do not leave at all; every message is kept in the database either way
 * and shown in the console's Messages page.
 */
export interface MailTransport {
  send(email: Email, envelope: { from: { name: string; address: string }; messageId: string }): Promise<void>;
  close(): void;
}

export function smtpTransport(url: string, timeoutMs: number): MailTransport {
  // The timeouts go beside the URL, in the transport's options (a second argument would be defaults for messages).
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  });
  return {
    async send(email, { from, messageId }) {
      await transporter.sendMail({
        from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        // The same Message-ID on every attempt: a resend after a crash is recognisably the same message.
        messageId,
        ...(email.invite
          ? { icalEvent: { method: email.invite.method, filename: 'invite.ics', content: email.invite.content } }
          : {}),
        ...(email.unsubscribe
          ? {
              list: { unsubscribe: { url: email.unsubscribe, comment: 'Stop follow-ups' } },
              headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
            }
          : {}),
      });
    },
    close: () => transporter.close(),
  };
}
