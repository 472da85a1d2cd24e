import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Stack,
  Table,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { parseTreatment } from '@mm/domain/treatments';
import { TECHNIQUES } from '@mm/domain/vocabulary';
import { type FormEvent, useState } from 'react';
import { type FieldFault, faultOf } from '../../app/api-errors';
import { ConfirmDialog, ConsoleModal } from '../../components/dialogs';
import { ListSkeleton } from '../../components/list-states';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { techniqueLabel } from '../../components/technique-badge';
import { graphql } from '../../gql';
import type { StaffTreatmentsQueryQuery, Technique } from '../../gql/graphql';

export const StaffTreatmentsQuery = graphql(`
  query StaffTreatmentsQuery {
    staffTreatments {
      id
      slug
      name
      description
      requiresReferral
      techniques
      position
      active
    }
  }
`);

export const CreateTreatmentMutation = graphql(`
  mutation CreateTreatmentMutation($input: TreatmentInput!) {
    createTreatment(input: $input) {
      id
    }
  }
`);

export const UpdateTreatmentMutation = graphql(`
  mutation UpdateTreatmentMutation($id: ID!, $input: TreatmentInput!) {
    updateTreatment(id: $id, input: $input) {
      id
      slug
      name
      description
      requiresReferral
      techniques
      position
    }
  }
`);

export const SetTreatmentActiveMutation = graphql(`
  mutation SetTreatmentActiveMutation($id: ID!, $active: Boolean!) {
    setTreatmentActive(id: $id, active: $active) {
      id
      active
    }
  }
`);

type Treatment = StaffTreatmentsQueryQuery['staffTreatments'][number];
const REFRESH = ['StaffTreatmentsQuery', 'CatalogPageQuery'];

export function TreatmentsPage() {
  const { data, error } = useQuery(StaffTreatmentsQuery);
  const [editing, setEditing] = useState<Treatment | 'new' | null>(null);
  const [switching, setSwitching] = useState<Treatment | null>(null);
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1}>Treatments</Title>
        <Button onClick={() => setEditing('new')}>Add a treatment</Button>
      </Group>
      {error && <QueryErrorAlert title="The treatments could not be loaded" error={error} />}
      {!error && !data && <ListSkeleton label="Loading the treatments" />}
      {data && (
        <Table.ScrollContainer minWidth={760}>
          <Table aria-label="Treatments" striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Slug</Table.Th>
                <Table.Th>Referral</Table.Th>
                <Table.Th>Techniques</Table.Th>
                <Table.Th>On sale</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.staffTreatments.map((t) => (
                <Table.Tr key={t.id}>
                  <Table.Td>{t.name}</Table.Td>
                  <Table.Td ff="monospace">{t.slug}</Table.Td>
                  <Table.Td>{t.requiresReferral ? 'Required' : 'No'}</Table.Td>
                  <Table.Td>{t.techniques.map(techniqueLabel).join(', ') || '—'}</Table.Td>
                  <Table.Td>{t.active ? 'Yes' : 'No'}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button variant="default" size="xs" onClick={() => setEditing(t)}>
                        Edit…
                      </Button>
                      <Button variant="default" size="xs" onClick={() => setSwitching(t)}>
                        {t.active ? 'Take off sale…' : 'Put on sale…'}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <TreatmentDialog
          treatment={editing === 'new' ? undefined : editing}
          nextPosition={(data?.staffTreatments.length ?? 0) + 1}
          onClose={() => setEditing(null)}
        />
      )}
      {switching && <SaleDialog treatment={switching} onClose={() => setSwitching(null)} />}
    </Stack>
  );
}

function TreatmentDialog({
  treatment,
  nextPosition,
  onClose,
}: {
  treatment: Treatment | undefined;
  nextPosition: number;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState({
    slug: treatment?.slug ?? '',
    name: treatment?.name ?? '',
    description: treatment?.description ?? '',
    requiresReferral: treatment?.requiresReferral ?? false,
    techniques: [...(treatment?.techniques ?? [])] as string[],
    position: String(treatment?.position ?? nextPosition),
  });
  const [fault, setFault] = useState<FieldFault | null>(null);
  const [create, created] = useMutation(CreateTreatmentMutation, { refetchQueries: REFRESH });
  const [update, updated] = useMutation(UpdateTreatmentMutation, { refetchQueries: REFRESH });
  const loading = created.loading || updated.loading;
  const errorFor = (field: string) => (fault?.field === field ? fault.message : undefined);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const checked = parseTreatment({ ...draft, position: Number(draft.position) });
    if (!checked.ok) return setFault(checked.error);
    setFault(null);
    const input = { ...checked.value, techniques: checked.value.techniques as Technique[] };
    try {
      if (treatment) await update({ variables: { id: treatment.id, input } });
      else await create({ variables: { input } });
      onClose();
    } catch (failure) {
      setFault(faultOf(failure, 'Not saved. Try again.'));
    }
  };
  const text = (field: 'slug' | 'name' | 'description' | 'position') => ({
    value: draft[field],
    onChange: (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [field]: e.currentTarget.value }),
    error: errorFor(field),
  });
  return (
    <ConsoleModal title={treatment ? `Edit ${treatment.name}` : 'Add a treatment'} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label="Name" withAsterisk data-autofocus {...text('name')} />
          <TextInput label="Slug (in addresses and the API)" withAsterisk {...text('slug')} />
          <Textarea label="Description (shown to clients)" autosize minRows={2} {...text('description')} />
          <Checkbox
            label="Needs a referral (medical massage)"
            checked={draft.requiresReferral}
            onChange={(e) => setDraft({ ...draft, requiresReferral: e.currentTarget.checked })}
          />
          <Checkbox.Group
            label="Techniques (a therapist needs one of them)"
            value={draft.techniques}
            onChange={(techniques) => setDraft({ ...draft, techniques })}
            error={errorFor('techniques')}
          >
            <Group gap="sm" mt="xs">
              {TECHNIQUES.map((t) => (
                <Checkbox key={t} value={t} label={techniqueLabel(t as Technique)} />
              ))}
            </Group>
          </Checkbox.Group>
          <TextInput label="Place in the catalogue" type="number" min={0} {...text('position')} />
          {fault && !fault.field && (
            <Alert color="red.9" variant="outline" role="alert">
              {fault.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Go back
            </Button>
            <Button type="submit" loading={loading}>
              {treatment ? 'Save the treatment' : 'Add the treatment'}
            </Button>
          </Group>
        </Stack>
      </form>
    </ConsoleModal>
  );
}

function SaleDialog({ treatment, onClose }: { treatment: Treatment; onClose: () => void }) {
  const [run] = useMutation(SetTreatmentActiveMutation, { refetchQueries: REFRESH });
  return (
    <ConfirmDialog
      title={treatment.active ? `Take ${treatment.name} off sale?` : `Put ${treatment.name} on sale?`}
      confirmLabel={treatment.active ? 'Take off sale' : 'Put on sale'}
      danger={treatment.active}
      errorTitle="Nothing was changed"
      run={() => run({ variables: { id: treatment.id, active: !treatment.active } })}
      onClose={onClose}
    >
      {treatment.active
        ? 'Clients and partners can no longer book it. Bookings already made keep it.'
        : 'Clients can book it again, through partners that sell it too.'}
    </ConfirmDialog>
  );
}
