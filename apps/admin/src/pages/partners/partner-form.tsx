import { Alert, Button, Checkbox, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { parsePartnerProfile } from '@mm/domain/partners';
import { type FormEvent, useState } from 'react';
import { type FieldFault, faultOf } from '../../app/api-errors';

export type PartnerDraft = { name: string; origins: string; treatmentIds: string[] };
export type PartnerValues = { name: string; origins: string[]; treatmentIds: string[] };

type PartnerFormProps = {
  initial: PartnerDraft;
  treatments: readonly { id: string; name: string }[];
  submitLabel: string;
  onSave: (values: PartnerValues) => Promise<unknown>;
};

/** Name, web origins (one a line) and treatments, checked with the API's rules (packages/domain) first. */
export function PartnerForm({ initial, treatments, submitLabel, onSave }: PartnerFormProps) {
  const [draft, setDraft] = useState(initial);
  const [fault, setFault] = useState<FieldFault | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const originLines = draft.origins
    .split('\n')
    .map((o) => o.trim())
    .filter(Boolean);
  const originsError =
    fault?.field === 'origins' || fault?.field?.startsWith('origins.')
      ? `${fault.field.startsWith('origins.') ? `${originLines[Number(fault.field.slice(8))] ?? ''}: ` : ''}${fault.message}`
      : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaved(false);
    const checked = parsePartnerProfile({ name: draft.name, origins: originLines });
    if (!checked.ok) return setFault(checked.error);
    setFault(null);
    setSaving(true);
    try {
      await onSave({ ...checked.value, treatmentIds: draft.treatmentIds });
      setSaved(true);
    } catch (failure) {
      setFault(faultOf(failure, 'Not saved. Try again.'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Partner">
      <Stack gap="md" maw={720}>
        <TextInput
          label="Name"
          withAsterisk
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
          error={fault?.field === 'name' ? fault.message : undefined}
        />
        <Textarea
          label="Web origins of its site"
          description="One a line, such as https://physio.example: its widget works on these only"
          autosize
          minRows={2}
          value={draft.origins}
          onChange={(e) => setDraft({ ...draft, origins: e.currentTarget.value })}
          error={originsError}
        />
        <Checkbox.Group
          label="Treatments it sells"
          value={draft.treatmentIds}
          onChange={(treatmentIds) => setDraft({ ...draft, treatmentIds })}
          error={fault?.field?.startsWith('treatmentIds') ? fault.message : undefined}
        >
          <Group gap="md" mt="xs">
            {treatments.map((t) => (
              <Checkbox key={t.id} value={t.id} label={t.name} />
            ))}
          </Group>
        </Checkbox.Group>
        {fault && !fault.field && (
          <Alert color="red.9" variant="outline" role="alert">
            {fault.message}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          {saved && <span role="status">Saved.</span>}
        </Group>
      </Stack>
    </form>
  );
}
