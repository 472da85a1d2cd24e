import { useMutation } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { graphql } from '../gql';
import { ConfirmDialog } from './dialogs';

export const ResendDeliveryMutation = graphql(`
  mutation ResendDeliveryMutation($id: ID!) {
    resendDelivery(id: $id) {
      id
      status
      attempts
      lastError
      responseCode
      dueAt
      sentAt
    }
  }
`);

type ResendDeliveryDialogProps = {
  deliveryId: string;
  title: string;
  confirmLabel: string;
  /** What will happen. */
  children: ReactNode;
  /** The lists to fetch again once it is queued. */
  refetchQueries: string[];
  onClose: () => void;
};

/** Asks, then puts an email or webhook call back in the queue, due now, with its attempts counted afresh. */
export function ResendDeliveryDialog({ deliveryId, refetchQueries, ...dialog }: ResendDeliveryDialogProps) {
  const [resend] = useMutation(ResendDeliveryMutation, { refetchQueries, awaitRefetchQueries: true });
  return (
    <ConfirmDialog
      {...dialog}
      cancelLabel="Go back"
      errorTitle="It was not queued again"
      run={() => resend({ variables: { id: deliveryId } })}
    />
  );
}
