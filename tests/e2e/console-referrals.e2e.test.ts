import { describe, expect, it } from 'vitest';
import { en } from '../../packages/widget/src/i18n/en.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowserSession } from '../support/browser-session.js';
import { chromiumPath } from '../support/chromium.js';
import { signedInConsole } from '../support/console-page.js';
import { DEMO_ADMIN, DEMO_COORDINATOR } from '../support/console-sign-in.js';
import { openPartnerPage, screenshotStep } from '../support/partner-page.js';

const executablePath = chromiumPath();
const DEMO_THERAPIST = { email: 'therapist@demo.example', password: 'demo-therapist-password' };

/**
 * The demo therapist's next session, made due tomorrow (the API takes no
 * booking that soon on a weekend, and care notes open 48 h before a session):
 * a medical one on Priya Shah's referral, whose precautions the therapist needs.
 */
const NEXT_SESSION_TOMORROW = `
  with next as (
    select b.id from booking b join therapist t on t.id = b.therapist_id
     where t.display_name = 'Amelia Hart' and b.status = 'CONFIRMED' and b.starts_at > now()
     order by b.starts_at limit 1),
  moved as (select date_trunc('hour', now() + interval '26 hours') as s)
  update booking b set starts_at = moved.s, ends_at = moved.s + make_interval(mins => b.duration_minutes),
    busy = tstzrange(moved.s, moved.s + make_interval(mins => b.duration_minutes + b.buffer_minutes), '[)'),
    treatment_id = (select id from treatment where slug = 'medical-massage'),
    referral_id = (select id from referral where code = 'RX-DEMO-BACK')
   from next, moved where b.id = next.id;
  update referral set sessions_used = sessions_used + 1 where code = 'RX-DEMO-BACK';`;

describe.skipIf(!executablePath)('referrals in the console, in a real browser', () => {
  const session = useBrowserSession(executablePath ?? '', NEXT_SESSION_TOMORROW);

  it('a coordinator checks the waiting referral against its letter and verifies it; its holder then books with it', async () => {
    const { page, errors } = await signedInConsole(session, DEMO_COORDINATOR, '/referrals');
    const main = page.getByRole('main');
    const queue = main.getByRole('table', { name: 'Waiting for a check' });
    const row = queue.getByRole('row', { name: /RX-DEMO-NECK/ });
    await row.waitFor();
    await row.getByText(/^\d+ (min|h|days)$/).waitFor();
    await row.getByText('Attached').waitFor();
    await expectNoAxeViolations(page, 'the referral queue');
    await screenshotStep(page, 'console-referral-queue');

    await row.getByRole('link', { name: 'RX-DEMO-NECK' }).click();
    await main.getByRole('heading', { name: 'Referral RX-DEMO-NECK', level: 1 }).waitFor();
    await main.getByText('Cervicogenic headache with upper trapezius trigger points').waitFor();
    await main.getByText('G44.841').waitFor();
    // the letter, fetched with the session and shown inline
    const letter = main.locator('iframe[title="The referral letter (PDF)"]');
    await letter.waitFor();
    expect(await letter.getAttribute('src')).toMatch(/^blob:/);
    const fetched = await page.evaluate(
      async (src) => {
        const blob = await (await fetch(src)).blob();
        return { type: blob.type, head: await blob.slice(0, 5).text() };
      },
      (await letter.getAttribute('src')) ?? '',
    );
    expect(fetched).toEqual({ type: 'application/pdf', head: '%PDF-' });
    await expectNoAxeViolations(page, 'the referral page');
    await screenshotStep(page, 'console-referral-page');

    await main.getByRole('button', { name: 'Verify…' }).click();
    await page
      .getByRole('dialog', { name: 'Verify referral RX-DEMO-NECK' })
      .getByRole('button', { name: 'Verify' })
      .click();
    await main.getByText('Verified', { exact: true }).first().waitFor();
    await main.getByRole('button', { name: 'Amend sessions or expiry…' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();

    // Linh books on the partner's site, with the code, her family name without its accent, and her birthday
    const partner = await openPartnerPage(session);
    const { widget } = partner;
    const forward = (name = en.continue) => widget.getByRole('button', { name, exact: true }).click();
    await widget.getByLabel(en.postcodeLabel).fill('2000');
    await forward();
    await widget.getByRole('radio', { name: /^Medical massage/ }).click();
    await forward();
    await widget.getByRole('radio', { name: /^60 / }).check();
    await forward();
    await widget.getByLabel(en.referralLabel).fill('rx-demo-neck');
    await widget.getByLabel(en.familyNameLabel).fill('nguyen');
    await widget.getByLabel(en.dateOfBirthLabel).fill('1991-05-17');
    await widget.getByRole('button', { name: en.check, exact: true }).click();
    await widget
      .locator('[part="referral-result"]')
      .getByText(/^Valid: 4 sessions left/)
      .waitFor();
    await forward();
    await widget.locator('[part="time"]').first().click();
    await forward();
    await widget.getByLabel(en.name, { exact: true }).fill('Linh Nguyen');
    await widget.getByLabel(en.email, { exact: true }).fill('linh.nguyen@example.com');
    await widget.getByLabel(en.phone, { exact: true }).fill('0423 456 789');
    await widget.getByLabel(en.line1, { exact: true }).fill('8 Bridge St');
    await widget.getByLabel(en.suburb, { exact: true }).fill('Sydney');
    await widget.getByLabel(en.consent).check();
    await forward(en.review);
    await forward(en.confirm);
    await widget.getByRole('heading', { name: en.stepTitle.done, level: 2 }).waitFor();
    const reference = ((await widget.locator('[part="summary"] strong').textContent()) ?? '').trim();
    expect(partner.errors).toEqual([]);
    await partner.page.context().close();

    // the referral page shows the session used, by that booking
    const again = await signedInConsole(session, DEMO_ADMIN, '/referrals?view=all&q=RX-DEMO-NECK');
    await again.page.getByRole('link', { name: 'RX-DEMO-NECK' }).click();
    const uses = again.page.getByRole('table', { name: 'Bookings on this referral' });
    await uses.getByRole('link', { name: reference }).waitFor();
    await again.page.getByText(/1 of 4 used/).waitFor();

    // the audit log has the coordinator's reads of it, and the letter's
    await again.page.getByRole('link', { name: 'Audit log' }).click();
    const log = again.page.getByRole('main');
    await log.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    await log.getByLabel('Action').selectOption('READ');
    await log.getByRole('button', { name: 'Filter' }).click();
    const entries = log.getByRole('table', { name: 'Audit log entries' });
    await entries
      .getByRole('row', { name: /COORDINATOR.*referral document/ })
      .first()
      .waitFor();
    await expectNoAxeViolations(again.page, 'the audit log');
    expect(again.errors).toEqual([]);
    await again.page.context().close();
  });

  it('a therapist sees the precautions of their next session, but never the diagnosis', async () => {
    const { page, errors } = await signedInConsole(session, DEMO_THERAPIST, '/bookings');
    const main = page.getByRole('main');
    // their next session is the one due tomorrow, on the referral
    await main.getByRole('link', { name: /^BK-/ }).first().click();
    const notes = main.getByRole('region', { name: 'Care notes' });
    await notes.getByText('Avoid prone position longer than 20 minutes.').waitFor();
    expect(await page.getByText('Chronic non-specific low back pain').count()).toBe(0);
    expect(await page.getByText('M54.5').count()).toBe(0);
    await expectNoAxeViolations(page, "a therapist's booking with its care notes");
    await screenshotStep(page, 'console-therapist-care-notes');
    // the referral itself is not theirs to open
    await page.goto(new URL('/referrals', session.stack().adminUrl).href);
    await main.getByText(/not allowed to see this/).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
