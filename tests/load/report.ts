import type { LoadReport } from './harness.js';

const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '-');

/** The run's figures as plain text: per operation, the faults, the invariants. */
export function formatReport(report: LoadReport): string {
  const { options, invariants: v } = report;
  const lines = [
    `load: ${options.instances} instances, ${options.rate} clients/s for ${options.seconds} s (open loop), faults ${options.faults ? 'on' : 'off'}`,
    `${report.requests} requests in ${report.seconds.toFixed(1)} s: ${(report.requests / report.seconds).toFixed(1)}/s`,
    '',
    'operation            count    /s     p50      p95      p99    answers',
  ];
  for (const [name, f] of Object.entries(report.operations)) {
    if (f.count === 0) continue;
    const codes = Object.entries(f.codes)
      .sort((a, b) => b[1] - a[1])
      .map(([code, n]) => `${code} ${n}`)
      .join(', ');
    lines.push(
      `${name.padEnd(20)} ${String(f.count).padStart(5)} ${f.perSecond.toFixed(1).padStart(5)} ${ms(f.p50).padStart(8)} ${ms(f.p95).padStart(8)} ${ms(f.p99).padStart(8)}   ${codes}`,
    );
  }
  lines.push('', `SERVICE_UNAVAILABLE answers came within ${ms(report.unavailableP95Ms)} (p95)`, 'faults:');
  for (const f of report.faults) lines.push(`  at ${f.atSecond.toFixed(1)} s: ${f.fault}: ${f.effect}`);
  if (report.faults.length === 0) lines.push('  none');
  lines.push(
    '',
    'invariants (SQL on the database after the run):',
    `  acknowledged bookings: ${v.acknowledged}, found ${v.acknowledgedFound}`,
    `  bookings refused with a definite code: ${v.refused}, found ${v.refusedFound}`,
    `  bookings whose answer stayed unknown after retries: ${v.unknown} (of which exist: ${v.unknownFound})`,
    `  cancellations acknowledged: ${v.cancelsAcknowledged}, cancelled in the database ${v.cancelsFound}`,
    `  cancellations refused with a definite code: ${v.cancelsRefused}, cancelled in the database ${v.cancelsRefusedFound}`,
    `  overlapping live bookings of a therapist: ${v.overlaps}`,
    `  referrals with more sessions used than authorised: ${v.referralsOverUsed}`,
    `  bookings made during the run: ${v.bookingsMade}, without their booking.created event: ${v.bookingsWithoutEvent}`,
    `  outbox rows by status: ${Object.entries(v.outbox)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ')}; due and undelivered after the run: ${v.outboxDueUndelivered}`,
    `  emails marked sent over SMTP: ${v.emailsSent}, not received by the relay: ${v.emailsSentNotReceived}; Message-IDs received: ${v.emailsReceived}, received twice under the same Message-ID (a kill between the relay's 250 and the commit): ${v.emailsReceivedTwice}; delivered on a later attempt: ${v.deliveriesRetried}`,
    `  health-data reads answered: ${v.healthReads}, not answered (each may have been read): ${v.healthReadsUnanswered}; audit rows: ${v.healthAuditRows}`,
    `  seeded or client personal data in ${v.logLines} log lines: ${v.personalDataInLogs.length === 0 ? 'none' : v.personalDataInLogs.join(', ')}`,
  );
  return lines.join('\n');
}

/** The rules that failed, in words; empty when all hold. */
export function brokenInvariants(report: LoadReport): string[] {
  const v = report.invariants;
  const broken: string[] = [];
  if (v.acknowledgedFound !== v.acknowledged) broken.push('an acknowledged booking is missing');
  if (v.refusedFound !== 0) broken.push('a booking the client was told failed exists');
  if (v.cancelsFound !== v.cancelsAcknowledged) broken.push('an acknowledged cancellation did not happen');
  if (v.cancelsRefusedFound !== 0) broken.push('a cancellation the client was told failed happened');
  if (v.overlaps !== 0) broken.push('overlapping live bookings');
  if (v.referralsOverUsed !== 0) broken.push('a referral used beyond its sessions');
  if (v.bookingsWithoutEvent !== 0) broken.push('a booking without its event');
  if (v.outboxDueUndelivered !== 0) broken.push('deliveries due and not delivered');
  if ((v.outbox.DEAD ?? 0) !== 0) broken.push('dead deliveries');
  if (v.emailsSentNotReceived !== 0) broken.push('an email marked sent that the relay never accepted');
  // every answered read has its row; a read whose answer was lost may have one too, no more
  if (v.healthAuditRows < v.healthReads) broken.push('health reads without their audit rows');
  if (v.healthAuditRows > v.healthReads + v.healthReadsUnanswered) broken.push('audit rows for reads never made');
  if (v.personalDataInLogs.length > 0) broken.push(`personal data in logs: ${v.personalDataInLogs.join(', ')}`);
  const ready = report.readiness;
  if (ready && !ready.whileDown.every((status) => status === 503))
    broken.push('/readyz did not fail while the database was down');
  if (ready && !ready.readyAfterSeconds.every((s) => s <= 20))
    broken.push('an instance was not ready again within 20 s');
  // DB_ACQUIRE_TIMEOUT_MS (3 s) bounds the wait for a connection; the frozen server bounds nothing else
  if (report.unavailableP95Ms > 6000) broken.push('SERVICE_UNAVAILABLE answers were slow to come');
  const internal = Object.values(report.operations).reduce((n, f) => n + (f.codes.INTERNAL_SERVER_ERROR ?? 0), 0);
  if (internal > 0) broken.push(`${internal} INTERNAL_SERVER_ERROR answers`);
  return broken;
}
