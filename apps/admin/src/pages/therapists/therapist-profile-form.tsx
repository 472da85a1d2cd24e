import { Alert, Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { DomainError } from '@mm/domain/errors';
import { parseTherapistProfile, splitPostcodes, type TherapistProfile } from '@mm/domain/therapists';
import { TECHNIQUES } from '@mm/domain/vocabulary';
import { type FormEvent, useState } from 'react';
import { type FieldFault, faultOf } from '../../app/api-errors';
import { techniqueLabel } from '../../components/technique-badge';
import { graphql } from '../../gql';
import type { Technique } from '../../gql/graphql';

export const TherapistProfileFormFragment = graphql(`
  fragment TherapistProfileForm_therapist on Therapist {
    displayName
    bio
    gender
    techniques
    medicalQualified
    licenceNumber
    licenceBody
    licenceExpiresOn
    timeZone
    travelBufferMinutes
    servicePostcodes
  }
`);

/** The form's fields as typed; checked with the API's own rules (packages/domain) before sending. */
export type ProfileDraft = {
  displayName: string;
  bio: string;
  gender: string;
  techniques: string[];
  medicalQualified: boolean;
  licenceNumber: string;
  licenceBody: string;
  licenceExpiresOn: string;
  timeZone: string;
  travelBufferMinutes: string;
  servicePostcodes: string;
};

export const draftOf = (p: {
  displayName: string;
  bio?: string | null;
  gender?: string | null;
  techniques: readonly string[];
  medicalQualified: boolean;
  licenceNumber: string;
  licenceBody: string;
  licenceExpiresOn: string;
  timeZone: string;
  travelBufferMinutes: number;
  servicePostcodes: readonly string[];
}): ProfileDraft => ({
  displayName: p.displayName,
  bio: p.bio ?? '',
  gender: p.gender ?? '',
  techniques: [...p.techniques],
  medicalQualified: p.medicalQualified,
  licenceNumber: p.licenceNumber,
  licenceBody: p.licenceBody,
  licenceExpiresOn: p.licenceExpiresOn,
  timeZone: p.timeZone,
  travelBufferMinutes: String(p.travelBufferMinutes),
  servicePostcodes: p.servicePostcodes.join(', '),
});

type TherapistProfileFormProps = {
  initial: ProfileDraft;
  submitLabel: string;
  /** Sends the checked profile; rejects with the API's error, whose field is shown beside it. */
  onSave: (profile: TherapistProfile) => Promise<unknown>;
};

const GENDER_OPTIONS = [
  { value: '', label: 'Not given' },
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  { value: 'non-binary', label: 'Non-binary' },
];

export function TherapistProfileForm({ initial, submitLabel, onSave }: TherapistProfileFormProps) {
  const [draft, setDraft] = useState(initial);
  const [fault, setFault] = useState<FieldFault | null>(null);
  const [saving, setSaving] = useState(false);
  const errorFor = (field: keyof ProfileDraft) => (fault?.field === field ? fault.message : undefined);
  const text = (field: keyof ProfileDraft) => ({
    value: draft[field] as string,
    onChange: (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [field]: e.currentTarget.value }),
    error: errorFor(field),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const checked = parseTherapistProfile({
      ...draft,
      travelBufferMinutes: draft.travelBufferMinutes.trim() === '' ? Number.NaN : Number(draft.travelBufferMinutes),
      servicePostcodes: splitPostcodes(draft.servicePostcodes),
    });
    if (!checked.ok) {
      setFault(checked.error satisfies DomainError);
      return;
    }
    setFault(null);
    setSaving(true);
    try {
      await onSave(checked.value);
    } catch (failure) {
      setFault(faultOf(failure, 'The profile could not be saved. Try again.'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Therapist profile">
      <Stack gap="md" maw={880}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label="Name" withAsterisk {...text('displayName')} />
          <NativeSelect label="Gender" data={GENDER_OPTIONS} {...text('gender')} />
        </SimpleGrid>
        <Textarea label="Bio (shown to clients)" autosize minRows={2} {...text('bio')} />
        <Checkbox.Group
          label="Techniques"
          value={draft.techniques}
          onChange={(techniques) => setDraft({ ...draft, techniques })}
          error={errorFor('techniques')}
        >
          <Group gap="md" mt="xs">
            {TECHNIQUES.map((t) => (
              <Checkbox key={t} value={t} label={techniqueLabel(t as Technique)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Checkbox
          label="Qualified for medical massage"
          checked={draft.medicalQualified}
          onChange={(e) => setDraft({ ...draft, medicalQualified: e.currentTarget.checked })}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput label="Licence number" withAsterisk {...text('licenceNumber')} />
          <TextInput label="Issued by" withAsterisk {...text('licenceBody')} />
          <TextInput label="Licence valid until" type="date" withAsterisk {...text('licenceExpiresOn')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput label="Time zone of the schedule" withAsterisk {...text('timeZone')} />
          <TextInput
            label="Travel time between visits (minutes)"
            type="number"
            min={0}
            max={240}
            {...text('travelBufferMinutes')}
          />
          <Textarea
            label="Postcodes visited"
            description="Separated by commas"
            autosize
            {...text('servicePostcodes')}
          />
        </SimpleGrid>
        {fault && !fault.field && (
          <Alert color="red.9" variant="outline" role="alert">
            {fault.message}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
