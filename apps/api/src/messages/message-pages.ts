import type { EntityManager } from '@mikro-orm/postgresql';
import express, { type Router } from 'express';
import { escapeHtml } from './templates.js';
import { unsubscribeTokenMatches } from './unsubscribe.js';

const page = (title: string, body: string, head = ''): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${head}
</head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a">
<main>
${body}
</main>
</body>
</html>`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The pages emails link to: `/book`, the booking widget on the operator's own
 * address (with a booking's key in the fragment it opens that booking), and
 * `/messages/unsubscribe`, which stops follow-ups: shown by GET, done by POST
 * (so a mail scanner following the link changes nothing; RFC 8058's one-click POST works too).
 */
export function messagePages(em: () => EntityManager, publicUrl: string, tokenSecret: string): Router {
  const router = express.Router();
  router.get('/book', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader(
      'Content-Security-Policy',
      `default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
    res.type('html').send(
      page(
        'Book or manage a massage',
        `<h1>Book or manage a massage</h1>
<mm-booking api-url="${escapeHtml(`${publicUrl}/graphql`)}"></mm-booking>`,
        '<script type="module" src="/widget/mm-booking.js"></script>',
      ),
    );
  });

  const checked = (req: express.Request): string | undefined => {
    const client = String(req.query.client ?? '');
    const token = String(req.query.token ?? '');
    return UUID.test(client) && unsubscribeTokenMatches(tokenSecret, client, token) ? client : undefined;
  };
  const refuse = (res: express.Response) =>
    res
      .status(400)
      .type('html')
      .send(page('Link not valid', '<h1>This link is not valid</h1><p>Use the link from your latest email.</p>'));

  router.get('/messages/unsubscribe', (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (!checked(req)) return void refuse(res);
    res.type('html').send(
      page(
        'Stop follow-up emails',
        `<h1>Stop follow-up emails</h1>
<p>We will still email you about your bookings: confirmations, changes and reminders.</p>
<form method="post"><button type="submit">Stop follow-up emails</button></form>`,
      ),
    );
  });
  router.post('/messages/unsubscribe', async (req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    const client = checked(req);
    if (!client) return void refuse(res);
    try {
      await em().execute(
        'update client set followups_stopped_at = coalesce(followups_stopped_at, now()) where id = ?',
        [client],
      );
      res
        .type('html')
        .send(page('Follow-ups stopped', '<h1>Done</h1><p>You will not receive follow-up emails any more.</p>'));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
