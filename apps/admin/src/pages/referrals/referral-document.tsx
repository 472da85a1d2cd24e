import { Alert, Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { errorsInBody } from '../../app/api-errors';
import { EmptyList, ListSkeleton } from '../../components/list-states';

type Document = { contentType: string; byteSize: number; path: string } | null;

/** The letter's bytes, fetched with the staff session (the API never serves it to anyone else), as a local URL. */
function useDocumentUrl(path: string | undefined) {
  const [state, setState] = useState<{ url?: string; failed?: string }>({});
  useEffect(() => {
    if (!path) return undefined;
    let url: string | undefined;
    let live = true;
    setState({});
    fetch(path, { credentials: 'same-origin' })
      .then(async (response) => {
        if (!response.ok) throw new Error(`The letter could not be loaded (HTTP ${response.status}).`);
        url = URL.createObjectURL(await response.blob());
        if (live) setState({ url });
      })
      .catch((error: unknown) => {
        if (live) setState({ failed: error instanceof Error ? error.message : 'The letter could not be loaded.' });
      });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [path]);
  return state;
}

const ACCEPT = 'application/pdf,image/jpeg,image/png';

/** The referral's letter, shown inline, and a way to attach one (or a better scan). */
export function ReferralDocument({
  referralId,
  document,
  purged,
}: {
  referralId: string;
  document: Document;
  purged: boolean;
}) {
  const [version, setVersion] = useState(0);
  const [uploaded, setUploaded] = useState<Document>(null);
  const shown = uploaded ?? document;
  // the version makes a replaced letter's address new, so it is fetched again
  const { url, failed } = useDocumentUrl(shown ? `${shown.path}?v=${version}` : undefined);
  const [busy, setBusy] = useState(false);
  const [fault, setFault] = useState<string | null>(null);
  const attach = async (file: File | null) => {
    if (!file || busy) return;
    setBusy(true);
    setFault(null);
    try {
      const path = `/documents/referrals/${referralId}`;
      const response = await fetch(path, { method: 'PUT', body: file, credentials: 'same-origin' });
      if (!response.ok) {
        const [first] = errorsInBody(await response.text());
        throw new Error(first?.message ?? `Not attached (HTTP ${response.status}).`);
      }
      const { contentType } = (await response.json()) as { contentType: string };
      setUploaded({ contentType, byteSize: file.size, path });
      setVersion((v) => v + 1);
    } catch (error) {
      setFault(error instanceof Error ? error.message : 'Not attached. Try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="sm">
      {!shown && <EmptyList>{purged ? 'Purged with the referral.' : 'No letter attached yet.'}</EmptyList>}
      {shown && !url && !failed && <ListSkeleton label="Loading the letter" rows={3} />}
      {failed && (
        <Alert color="red.9" variant="outline" role="alert">
          {failed}
        </Alert>
      )}
      {shown && url && shown.contentType === 'application/pdf' && (
        <iframe
          src={url}
          title="The referral letter (PDF)"
          style={{ width: '100%', height: 640, border: '1px solid var(--mantine-color-gray-4)' }}
        />
      )}
      {shown && url && shown.contentType !== 'application/pdf' && (
        <img src={url} alt="The referral letter, as scanned" style={{ maxWidth: '100%', border: '1px solid #ccc' }} />
      )}
      {shown && url && (
        <Text size="sm">
          <a href={url} download={`referral-letter.${EXTENSION[shown.contentType] ?? 'bin'}`}>
            Download the letter
          </a>{' '}
          ({Math.ceil(shown.byteSize / 1024)} KB)
        </Text>
      )}
      {!purged && (
        <Group gap="sm">
          <FileButton onChange={attach} accept={ACCEPT}>
            {(props) => (
              <Button variant="default" loading={busy} {...props}>
                {shown ? 'Replace the letter…' : 'Attach the letter…'}
              </Button>
            )}
          </FileButton>
          <Text size="sm" c="gray.7">
            PDF, JPEG or PNG, up to 10 MB. Kept encrypted; only the office can open it.
          </Text>
        </Group>
      )}
      {fault && (
        <Alert color="red.9" variant="outline" role="alert">
          {fault}
        </Alert>
      )}
    </Stack>
  );
}

const EXTENSION: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };
