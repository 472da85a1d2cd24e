import '@mantine/charts/styles.css';
import { useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { Anchor, Box, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { formatMoney } from '@mm/domain/money';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate, type Operator, useOperator, zoneLabel } from '../../app/operator-time';
import { LicenceStatus } from '../../components/licence-status';
import { ListSkeleton } from '../../components/list-states';
import { QueryErrorAlert } from '../../components/query-error-alert';
import { graphql } from '../../gql';
import type { DashboardPageQueryQuery } from '../../gql/graphql';
import { waitingTime } from '../referrals/waiting-time';

export const DashboardPageQuery = graphql(`
  query DashboardPageQuery {
    dashboard {
      today
      bookingsPerDay {
        date
        booked
        cancelled
        noShow
      }
      revenueByLength {
        label
        sessions
        revenue {
          amountMinor
          currency
          formatted
        }
      }
      revenueByChannel {
        label
        sessions
        revenue {
          amountMinor
          currency
          formatted
        }
      }
      outcomes {
        bookings
        cancelled
        noShow
      }
      utilisation {
        therapistId
        displayName
        bookedHours
        scheduledHours
      }
      licencesDue {
        therapistId
        displayName
        expiresOn
      }
      referralsWaiting {
        count
        oldestReceivedAt
      }
      referralsExpiring {
        referralId
        code
        holderName
        expiresOn
        sessionsLeft
      }
      referralSessionsPerWeek {
        weekOf
        sessions
      }
    }
  }
`);

type Dashboard = DashboardPageQueryQuery['dashboard'];

export function DashboardPage() {
  const { operator, error: operatorError } = useOperator();
  const { data, error } = useQuery(DashboardPageQuery);
  const failed = operatorError ?? error;
  return (
    <Stack gap="xl">
      <Title order={1}>Dashboard</Title>
      {failed && <QueryErrorAlert title="The dashboard could not be loaded" error={failed} />}
      {!failed && !(data && operator) && <ListSkeleton label="Loading the dashboard" />}
      {data && operator && <Figures d={data.dashboard} operator={operator} />}
    </Stack>
  );
}

const percent = (part: number, whole: number) => (whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`);

function Figures({ d, operator }: { d: Dashboard; operator: Operator }) {
  const revenue = d.revenueByLength.reduce((n, r) => n + r.revenue.amountMinor, 0);
  const { bookings, cancelled, noShow } = d.outcomes;
  const perDay = d.bookingsPerDay.map((day) => ({ ...day, day: formatDate(day.date, operator, 'day') }));
  return (
    <Stack gap="xl">
      <Text c="gray.7">
        Days in {zoneLabel(operator)}, up to today, {formatDate(d.today, operator)}.
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
        <Figure label="Sessions in the last 30 days">{bookings}</Figure>
        <Figure label="Sold in the last 30 days">
          {formatMoney({ amountMinor: revenue, currency: operator.currency }, operator.locale)}
        </Figure>
        <Figure label="Cancelled">
          {cancelled} ({percent(cancelled, bookings)})
        </Figure>
        <Figure label="No-shows">
          {noShow} ({percent(noShow, bookings)})
        </Figure>
      </SimpleGrid>

      <Section title="Bookings per day, last 8 weeks">
        <Box
          role="figure"
          aria-label="Bookings per day over the last 8 weeks, by outcome; the figures are in the table below"
        >
          <BarChart
            h={260}
            data={perDay}
            dataKey="day"
            type="stacked"
            series={[
              { name: 'booked', label: 'Booked or given', color: 'blue.8' },
              { name: 'cancelled', label: 'Cancelled', color: 'gray.6' },
              { name: 'noShow', label: 'No-show', color: 'red.8' },
            ]}
            withLegend
            tickLine="y"
            xAxisProps={{ interval: 6 }}
          />
        </Box>
        <FiguresTable
          caption="Bookings per day"
          head={['Day', 'Booked or given', 'Cancelled', 'No-show']}
          rows={perDay
            .filter((x) => x.booked + x.cancelled + x.noShow > 0)
            .map((x) => [x.day, x.booked, x.cancelled, x.noShow])}
        />
      </Section>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Section title="Sold by session length, last 30 days">
          <RevenueChart lines={d.revenueByLength} label="Revenue by session length" />
        </Section>
        <Section title="Sold by channel, last 30 days">
          <RevenueChart lines={d.revenueByChannel} label="Revenue by partner or own site" />
        </Section>
      </SimpleGrid>

      <Section title="Utilisation, last 28 days (booked hours of scheduled hours)">
        <Stack gap="xs" maw={720}>
          {d.utilisation.map((u) => {
            const share = u.scheduledHours === 0 ? 0 : Math.min(100, (u.bookedHours / u.scheduledHours) * 100);
            const words = `${u.displayName}: ${Math.round(u.bookedHours)} of ${Math.round(u.scheduledHours)} hours, ${Math.round(share)}%`;
            return (
              <Group key={u.therapistId} gap="sm" wrap="nowrap">
                <Text size="sm" w={150} style={{ flexShrink: 0 }}>
                  {u.displayName}
                </Text>
                <Progress value={share} color="blue.8" size="lg" style={{ flexGrow: 1 }} aria-label={words} />
                <Text size="sm" w={150} ta="right" style={{ flexShrink: 0 }}>
                  {Math.round(u.bookedHours)} of {Math.round(u.scheduledHours)} h ({Math.round(share)}%)
                </Text>
              </Group>
            );
          })}
        </Stack>
      </Section>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Section title="Referrals">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <Figure label="Waiting for a check">
              <Anchor component={Link} to="/referrals" c="blue.9" inherit>
                {d.referralsWaiting.count}
              </Anchor>
            </Figure>
            <Figure label="Longest wait">
              {d.referralsWaiting.oldestReceivedAt ? waitingTime(d.referralsWaiting.oldestReceivedAt) : '—'}
            </Figure>
          </SimpleGrid>
          <Title order={3} size="h4">
            Expiring within 14 days with sessions left
          </Title>
          {d.referralsExpiring.length === 0 ? (
            <Text c="gray.7">None.</Text>
          ) : (
            <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {d.referralsExpiring.map((r) => (
                <Group component="li" key={r.referralId} gap="sm">
                  <Anchor component={Link} to={`/referrals/${r.referralId}`} c="blue.9" ff="monospace">
                    {r.code}
                  </Anchor>
                  <Text size="sm">
                    {r.holderName ?? ''} · {r.sessionsLeft} left · expires {formatDate(r.expiresOn, operator, 'short')}
                  </Text>
                </Group>
              ))}
            </Stack>
          )}
        </Section>
        <Section title="Referral sessions per week">
          <Box role="figure" aria-label="Referral sessions booked per week; the figures are in the table below">
            <BarChart
              h={200}
              data={d.referralSessionsPerWeek.map((w) => ({ ...w, week: formatDate(w.weekOf, operator, 'day') }))}
              dataKey="week"
              series={[{ name: 'sessions', label: 'Sessions', color: 'blue.8' }]}
              tickLine="y"
            />
          </Box>
          <FiguresTable
            caption="Referral sessions booked per week, by the week's Monday"
            head={['Week of', 'Sessions']}
            rows={d.referralSessionsPerWeek.map((w) => [formatDate(w.weekOf, operator, 'short'), w.sessions])}
          />
        </Section>
      </SimpleGrid>

      <Section title="Licences expired or expiring within 30 days">
        {d.licencesDue.length === 0 ? (
          <Text c="gray.7">None.</Text>
        ) : (
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {d.licencesDue.map((l) => (
              <Group component="li" key={l.therapistId} gap="sm">
                <Anchor component={Link} to={`/therapists/${l.therapistId}`} c="blue.9">
                  {l.displayName}
                </Anchor>
                <LicenceStatus expiresOn={l.expiresOn} operator={operator} />
              </Group>
            ))}
          </Stack>
        )}
      </Section>
    </Stack>
  );
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {children}
      </Text>
    </Paper>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack component="section" gap="sm" aria-label={title}>
      <Title order={2} size="h3">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function RevenueChart({ lines, label }: { lines: Dashboard['revenueByLength']; label: string }) {
  if (lines.length === 0) return <Text c="gray.7">Nothing sold.</Text>;
  const currency = lines[0]?.revenue.currency ?? 'AUD';
  const data = lines.map((l) => ({ label: l.label, revenue: l.revenue.amountMinor / 100 }));
  return (
    <>
      <Box role="figure" aria-label={`${label}; the figures are in the table below`}>
        <BarChart
          h={220}
          data={data}
          dataKey="label"
          series={[{ name: 'revenue', label: `Sold (${currency})`, color: 'blue.8' }]}
          tickLine="y"
        />
      </Box>
      <FiguresTable
        caption={label}
        head={['', 'Sessions', 'Sold']}
        rows={lines.map((l) => [l.label, l.sessions, l.revenue.formatted])}
      />
    </>
  );
}

/** The numbers behind a chart, for those who would rather read them, and for screen readers. */
function FiguresTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <details>
      <summary>
        <Text span size="sm">
          The figures
        </Text>
      </summary>
      <Table aria-label={caption} verticalSpacing={4} maw={560} mt="xs">
        <Table.Thead>
          <Table.Tr>
            {head.map((h, i) => (
              <Table.Th key={h || i} ta={i === 0 ? undefined : 'right'}>
                {h || 'What'}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={String(row[0])}>
              {row.map((cell, i) => (
                <Table.Td key={`${row[0]}-${head[i]}`} ta={i === 0 ? undefined : 'right'}>
                  {cell}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </details>
  );
}
