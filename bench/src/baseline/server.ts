// The baseline: plain Apollo Server on Express 5 (the API's HTTP stack, minus
// CORS) with type-graphql, serving the catalogue from memory. No database, no
// auth, no limits, no logging. Run in its own process by ./process.ts:
//   node --import tsx src/baseline/server.ts PORT
// prints "ready" once listening.
import 'reflect-metadata';
import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { buildSchema } from 'type-graphql';
import { CatalogResolver } from './catalog.resolver.js';

const port = Number(process.argv[2]);
const apollo = new ApolloServer({
  schema: await buildSchema({ resolvers: [CatalogResolver], validate: false }),
  includeStacktraceInErrorResponses: false,
});
await apollo.start();

const app = express();
app.disable('x-powered-by');
app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo));

const server = createServer(app);
server.listen(port, '127.0.0.1', () => console.log('ready'));
process.once('SIGTERM', () => process.exit(0));
