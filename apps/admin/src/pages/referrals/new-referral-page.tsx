import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  FileInput,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { parseReferralInput, REFERRAL_LIMITS } from '@mm/domain/referrals';
import { CONDITION_LABELS, CONDITIONS, TECHNIQUE_LABELS, TECHNIQUES } from '@mm/domain/vocabulary';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { type FieldFault, faultOf } from '../../app/api-errors';
import { operatorDate, useOperator } from '../../app/operator-time';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { graphql } from '../../gql';

export const ReferralTreatmentsQuery = graphql(`
  query ReferralTreatmentsQuery {
    staffTreatments {
      id
      name
      requiresReferral
      active
    }
  }
`);

export const EnterReferralMutation = graphql(`
  mutation EnterReferralMutation($input: ReferralInput!) {
    enterReferral(input: $input) {
      id
    }
  }
`);

const BLANK = {
  treatmentId: '',
  familyName: '',
  givenNames: '',
  dateOfBirth: '',
  providerName: '',
  providerProfession: '',
  providerNumber: '',
  providerPractice: '',
  providerContact: '',
  conditions: [] as string[],
  diagnosis: '',
  diagnosisCode: '',
  recommendedTechniques: [] as string[],
  precautions: '',
  providerNotes: '',
  sessionsAuthorised: '',
  issuedOn: '',
  expiresOn: '',
};

/** A referral received by fax, email or letter, typed in from the paper: it then waits for a check. */
export function NewReferralPage() {
  const navigate = useNavigate();
  const { operator } = useOperator();
  const treatments = useQuery(ReferralTreatmentsQuery);
  const medical = (treatments.data?.staffTreatments ?? []).filter((t) => t.requiresReferral && t.active);
  const [draft, setDraft] = useState(BLANK);
  const [letter, setLetter] = useState<File | null>(null);
  const [fault, setFault] = useState<FieldFault | null>(null);
  const [enter, { loading }] = useMutation(EnterReferralMutation, { refetchQueries: ['ReferralsPageQuery'] });
  const treatmentId = draft.treatmentId || medical[0]?.id || '';
  const errorFor = (field: string) => (fault?.field === field ? fault.message : undefined);
  const text = (field: keyof typeof BLANK, apiField: string = field) => ({
    value: draft[field] as string,
    onChange: (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [field]: e.currentTarget.value }),
    error: errorFor(apiField),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading || !operator) return;
    const input = {
      treatmentId,
      holder: { familyName: draft.familyName, dateOfBirth: draft.dateOfBirth },
      holderGivenNames: draft.givenNames,
      providerName: draft.providerName,
      providerProfession: draft.providerProfession,
      providerNumber: draft.providerNumber,
      providerPractice: draft.providerPractice,
      providerContact: draft.providerContact,
      conditions: draft.conditions,
      diagnosis: draft.diagnosis,
      diagnosisCode: draft.diagnosisCode,
      recommendedTechniques: draft.recommendedTechniques,
      precautions: draft.precautions,
      providerNotes: draft.providerNotes,
      sessionsAuthorised: draft.sessionsAuthorised === '' ? Number.NaN : Number(draft.sessionsAuthorised),
      issuedOn: draft.issuedOn,
      expiresOn: draft.expiresOn,
    };
    // the API's own rules (packages/domain), checked here first
    const checked = parseReferralInput(input, operatorDate(Date.now(), operator));
    if (!checked.ok) return setFault(checked.error);
    setFault(null);
    try {
      const { data } = await enter({ variables: { input: checked.value } });
      const id = data?.enterReferral.id;
      if (!id) return;
      if (letter) {
        const stored = await fetch(`/documents/referrals/${id}`, {
          method: 'PUT',
          body: letter,
          credentials: 'same-origin',
        });
        // the referral is there; the letter can be attached again on its page
        if (!stored.ok) return navigate(`/referrals/${id}?letter=failed`);
      }
      navigate(`/referrals/${id}`);
    } catch (failure) {
      setFault(faultOf(failure, 'Not saved. Try again.'));
    }
  };

  return (
    <Stack gap="lg" maw={960}>
      <Anchor component={Link} to="/referrals" c="blue.9" size="sm">
        ← Referrals
      </Anchor>
      <Title order={1}>Enter a referral</Title>
      <Text c="gray.7">
        Type it as written. It waits in the queue until someone checks it against the letter and verifies it.
      </Text>
      {treatments.error && <QueryErrorAlert title="The treatments could not be loaded" error={treatments.error} />}
      <form onSubmit={submit} noValidate aria-label="The referral">
        <Stack gap="xl">
          <Stack component="fieldset" gap="sm" style={{ border: 0, padding: 0, margin: 0 }}>
            <Title order={2} component="legend" size="h3">
              Written for
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <TextInput label="Family name" withAsterisk {...text('familyName', 'holder.familyName')} />
              <TextInput label="Given names" {...text('givenNames', 'holderGivenNames')} />
              <TextInput
                type="date"
                label="Date of birth"
                withAsterisk
                {...text('dateOfBirth', 'holder.dateOfBirth')}
              />
            </SimpleGrid>
            <Text size="sm" c="gray.7">
              The client books with the code, this family name and date of birth.
            </Text>
          </Stack>

          <Stack component="fieldset" gap="sm" style={{ border: 0, padding: 0, margin: 0 }}>
            <Title order={2} component="legend" size="h3">
              Referring provider
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput label="Name" withAsterisk {...text('providerName')} />
              <TextInput label="Profession" withAsterisk {...text('providerProfession')} />
              <TextInput label="Provider or registration number" {...text('providerNumber')} />
              <TextInput label="Practice" {...text('providerPractice')} />
              <TextInput label="Contact (phone or email)" {...text('providerContact')} />
            </SimpleGrid>
          </Stack>

          <Stack component="fieldset" gap="sm" style={{ border: 0, padding: 0, margin: 0 }}>
            <Title order={2} component="legend" size="h3">
              What it prescribes
            </Title>
            <NativeSelect
              label="Treatment"
              value={treatmentId}
              onChange={(e) => setDraft({ ...draft, treatmentId: e.currentTarget.value })}
              data={medical.map((t) => ({ value: t.id, label: t.name }))}
              error={errorFor('treatmentId')}
              maw={360}
            />
            <Checkbox.Group
              label="Conditions"
              withAsterisk
              value={draft.conditions}
              onChange={(conditions) => setDraft({ ...draft, conditions })}
              error={errorFor('conditions')}
            >
              <Group gap="sm" mt="xs">
                {CONDITIONS.map((c) => (
                  <Checkbox key={c} value={c} label={CONDITION_LABELS[c]} />
                ))}
              </Group>
            </Checkbox.Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <Textarea
                label="Diagnosis"
                autosize
                minRows={2}
                maxLength={REFERRAL_LIMITS.text}
                style={{ gridColumn: 'span 2' }}
                {...text('diagnosis')}
              />
              <TextInput label="ICD-10 code" placeholder="M54.5" {...text('diagnosisCode')} />
            </SimpleGrid>
            <Checkbox.Group
              label="Recommended techniques (none: any medical technique)"
              value={draft.recommendedTechniques}
              onChange={(recommendedTechniques) => setDraft({ ...draft, recommendedTechniques })}
              error={errorFor('recommendedTechniques')}
            >
              <Group gap="sm" mt="xs">
                {TECHNIQUES.map((t) => (
                  <Checkbox key={t} value={t} label={TECHNIQUE_LABELS[t]} />
                ))}
              </Group>
            </Checkbox.Group>
            <Textarea
              label="Precautions and contraindications"
              description="The therapist sees these before the session."
              autosize
              minRows={2}
              maxLength={REFERRAL_LIMITS.text}
              {...text('precautions')}
            />
            <Textarea
              label="Provider's notes"
              autosize
              minRows={2}
              maxLength={REFERRAL_LIMITS.text}
              {...text('providerNotes')}
            />
          </Stack>

          <Stack component="fieldset" gap="sm" style={{ border: 0, padding: 0, margin: 0 }}>
            <Title order={2} component="legend" size="h3">
              Sessions and dates
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <TextInput
                type="number"
                min={1}
                max={REFERRAL_LIMITS.sessions}
                label="Sessions authorised"
                withAsterisk
                {...text('sessionsAuthorised')}
              />
              <TextInput type="date" label="Issued on" withAsterisk {...text('issuedOn')} />
              <TextInput type="date" label="Expires on" withAsterisk {...text('expiresOn')} />
            </SimpleGrid>
          </Stack>

          <FileInput
            label="The letter (PDF, JPEG or PNG, up to 10 MB)"
            accept="application/pdf,image/jpeg,image/png"
            value={letter}
            onChange={setLetter}
            clearable
            maw={480}
          />
          {fault && !fault.field && (
            <Alert color="red.9" variant="outline" role="alert">
              {fault.message}
            </Alert>
          )}
          {fault?.field && (
            <Text c="red.9" size="sm" role="alert">
              Check the field marked: {fault.message}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={loading}>
              Enter the referral
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
