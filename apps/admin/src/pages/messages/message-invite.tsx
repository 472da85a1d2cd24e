import { Anchor, Code, Stack, Table, Text } from '@mantine/core';
import { inviteFacts, readableIcsTime } from './invite-facts';

/** A message's calendar invite: what a calendar will read from it, the file itself, and a copy to download. */
export function MessageInvite({ ics, fileName }: { ics: string; fileName: string }) {
  const facts = inviteFacts(ics);
  const rows: [string, string, string | undefined][] = [
    ['METHOD', 'REQUEST adds or updates the event, CANCEL removes it', facts.method],
    ['SEQUENCE', 'each change counts up; a calendar keeps the highest', facts.sequence],
    ['UID', 'the same for every change of one booking', facts.uid],
    [
      'DTSTART',
      'the start, in the zone named (TZID)',
      facts.start && readableIcsTime(facts.start.value, facts.start.tzid),
    ],
    ['DTEND', 'the end', facts.end && readableIcsTime(facts.end.value, facts.end.tzid)],
    ['SUMMARY', 'the title calendars show', facts.summary],
    ['LOCATION', 'where', facts.location],
    ['STATUS', 'confirmed or cancelled', facts.status],
  ];
  return (
    <Stack gap="sm">
      {/* two columns that wrap: no sideways scrolling on a phone */}
      <Table aria-label="Invite facts" verticalSpacing="xs" maw={960}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Property</Table.Th>
            <Table.Th>Value</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([name, meaning, value]) => (
            <Table.Tr key={name}>
              <Table.Th scope="row" fw={400}>
                <Text size="sm" ff="monospace" fw={600}>
                  {name}
                </Text>
                <Text size="xs" c="gray.7">
                  {meaning}
                </Text>
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Anchor href={`data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`} download={fileName} c="blue.9">
        Download the invite ({fileName})
      </Anchor>
      <Text size="sm" fw={600} id="raw-invite-label">
        The invite as written (text/calendar)
      </Text>
      <Code block aria-labelledby="raw-invite-label" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {ics}
      </Code>
    </Stack>
  );
}
