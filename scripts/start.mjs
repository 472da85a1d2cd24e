// `npm start`: the API on the embedded database (seeded), the admin console
// and the demo partner page. Ports: API_PORT, ADMIN_PORT, PARTNER_PORT.
import { startStack } from './stack.mjs';

const port = (name, fallback) => (process.env[name] ? Number(process.env[name]) : fallback);

try {
  const stack = await startStack({
    apiPort: port('API_PORT', 4000),
    adminPort: port('ADMIN_PORT', 5173),
    partnerPort: port('PARTNER_PORT', 5174),
    databaseUrl: process.env.DATABASE_URL,
    dataDir: process.env.DATA_DIR,
  });
  console.log(`
  GraphQL API    ${stack.apiUrl}
  Admin console  ${stack.adminUrl}
  Partner page   ${stack.partnerUrl}

  Ctrl-C stops everything.`);
  const stop = async () => {
    await stack.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(`cannot start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
