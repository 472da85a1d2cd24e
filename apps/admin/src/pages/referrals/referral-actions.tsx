import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { applyReferralAction, REFERRAL_LIMITS, type ReferralState } from '@mm/domain/referrals';
import { type FormEvent, useState } from 'react';
import { type FieldFault, faultOf } from '../../app/api-errors';
import { ConfirmDialog, ConsoleModal } from '../../components/dialogs';
import { graphql } from '../../gql';

export const VerifyReferralMutation = graphql(`
  mutation VerifyReferralMutation($id: ID!) {
    verifyReferral(id: $id) {
      id
      status
    }
  }
`);

export const RejectReferralMutation = graphql(`
  mutation RejectReferralMutation($id: ID!, $reason: String!) {
    rejectReferral(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const AmendReferralMutation = graphql(`
  mutation AmendReferralMutation($id: ID!, $amendment: ReferralAmendment!) {
    amendReferral(id: $id, amendment: $amendment) {
      id
      status
      sessionsAuthorised
      expiresOn
    }
  }
`);

// the page, the queue and the dashboard all change with a decision
const REFRESH = ['ReferralPageQuery', 'ReferralsPageQuery', 'DashboardPageQuery'];

/** What the domain's state machine reads, and what the dialogs name. */
type ActionsReferral = ReferralState & { id: string; code: string; purgedAt?: string | null };

/** Verify or reject a waiting referral; amend an accepted one. Each asks first. */
export function ReferralActions({ referral }: { referral: ActionsReferral }) {
  const [open, setOpen] = useState<'verify' | 'reject' | 'amend' | null>(null);
  const [verify] = useMutation(VerifyReferralMutation, { refetchQueries: REFRESH, awaitRefetchQueries: true });
  const close = () => setOpen(null);
  if (referral.purgedAt) return null;
  const pending = referral.status === 'PENDING';
  const accepted = ['VERIFIED', 'EXHAUSTED', 'EXPIRED'].includes(referral.status);
  if (!pending && !accepted) return null;
  return (
    <>
      <Group gap="sm">
        {pending && (
          <>
            <Button onClick={() => setOpen('verify')}>Verify…</Button>
            <Button color="red.9" variant="outline" onClick={() => setOpen('reject')}>
              Reject…
            </Button>
          </>
        )}
        {accepted && (
          <Button variant="default" onClick={() => setOpen('amend')}>
            Amend sessions or expiry…
          </Button>
        )}
      </Group>
      {open === 'verify' && (
        <ConfirmDialog
          title={`Verify referral ${referral.code}`}
          confirmLabel="Verify"
          errorTitle="The referral was not verified"
          run={() => verify({ variables: { id: referral.id } })}
          onClose={close}
        >
          You have checked the letter against what is entered: provider, dates and sessions. The client can then book{' '}
          {referral.sessionsAuthorised} session(s) with the code, their family name and date of birth.
        </ConfirmDialog>
      )}
      {open === 'reject' && <RejectDialog referral={referral} onClose={close} />}
      {open === 'amend' && <AmendDialog referral={referral} onClose={close} />}
    </>
  );
}

function RejectDialog({ referral, onClose }: { referral: ActionsReferral; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [fault, setFault] = useState<FieldFault | null>(null);
  const [run, { loading }] = useMutation(RejectReferralMutation, {
    refetchQueries: REFRESH,
    awaitRefetchQueries: true,
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const checked = applyReferralAction(referral, { kind: 'REJECT', reason });
    if (!checked.ok) return setFault(checked.error);
    try {
      await run({ variables: { id: referral.id, reason } });
      onClose();
    } catch (failure) {
      setFault(faultOf(failure, 'Not rejected. Try again.'));
    }
  };
  return (
    <ConsoleModal title={`Reject referral ${referral.code}`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>The code will not book anything. This cannot be undone: a corrected referral is entered anew.</Text>
          <Textarea
            label="Reason (kept in the referral's history)"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={REFERRAL_LIMITS.reason}
            error={fault?.field === 'reason' ? fault.message : undefined}
            data-autofocus
            withAsterisk
          />
          {fault && fault.field !== 'reason' && <FaultAlert fault={fault} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Go back
            </Button>
            <Button type="submit" color="red.9" loading={loading}>
              Reject
            </Button>
          </Group>
        </Stack>
      </form>
    </ConsoleModal>
  );
}

function AmendDialog({ referral, onClose }: { referral: ActionsReferral; onClose: () => void }) {
  const [sessions, setSessions] = useState<number | string>(referral.sessionsAuthorised);
  const [expiresOn, setExpiresOn] = useState(referral.expiresOn);
  const [reason, setReason] = useState('');
  const [fault, setFault] = useState<FieldFault | null>(null);
  const [run, { loading }] = useMutation(AmendReferralMutation, { refetchQueries: REFRESH, awaitRefetchQueries: true });
  const errorFor = (field: string) => (fault?.field === field ? fault.message : undefined);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const amendment = {
      sessionsAuthorised: sessions === referral.sessionsAuthorised ? undefined : Number(sessions),
      expiresOn: expiresOn === referral.expiresOn ? undefined : expiresOn,
      reason,
    };
    // the domain's rule first: never below the sessions used, a reason, a real date
    const checked = applyReferralAction(referral, { kind: 'AMEND', ...amendment });
    if (!checked.ok) return setFault(checked.error);
    setFault(null);
    try {
      await run({
        variables: {
          id: referral.id,
          amendment: {
            sessionsAuthorised: amendment.sessionsAuthorised ?? null,
            expiresOn: amendment.expiresOn ?? null,
            reason,
          },
        },
      });
      onClose();
    } catch (failure) {
      setFault(faultOf(failure, 'Not amended. Try again.'));
    }
  };
  const known = ['sessionsAuthorised', 'expiresOn', 'reason'];
  return (
    <ConsoleModal title={`Amend referral ${referral.code}`} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>
            {referral.sessionsUsed} session(s) are used already: the sessions authorised cannot go below that.
          </Text>
          <NumberInput
            label="Sessions authorised"
            min={Math.max(1, referral.sessionsUsed)}
            max={REFERRAL_LIMITS.sessions}
            allowDecimal={false}
            value={sessions}
            onChange={setSessions}
            error={errorFor('sessionsAuthorised')}
            data-autofocus
          />
          <TextInput
            type="date"
            label="Expires on"
            value={expiresOn}
            onChange={(e) => setExpiresOn(e.currentTarget.value)}
            error={errorFor('expiresOn')}
          />
          <Textarea
            label="Reason (kept in the referral's history)"
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={REFERRAL_LIMITS.reason}
            error={errorFor('reason')}
            withAsterisk
          />
          {fault && !known.includes(fault.field ?? '') && <FaultAlert fault={fault} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Go back
            </Button>
            <Button type="submit" loading={loading}>
              Amend
            </Button>
          </Group>
        </Stack>
      </form>
    </ConsoleModal>
  );
}

/** What failed, when it names no field of the form. */
function FaultAlert({ fault }: { fault: FieldFault }) {
  return (
    <Alert color="red.9" variant="outline" role="alert">
      {fault.message}
    </Alert>
  );
}
