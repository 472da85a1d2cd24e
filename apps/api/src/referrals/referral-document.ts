import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import express, { type ErrorRequestHandler, type RequestHandler, Router } from 'express';
import { fileTypeFromBuffer } from 'file-type';
import type { Caller } from '../auth/roles.js';
import { type AccessBy, accessBy, auditHealth } from '../health/audit.js';
import { type KeyRing, placeOf } from '../health/cipher.js';
import { sendError } from '../http/error-response.js';
import { requestState } from '../http/request-state.js';
import { isUuid } from '../ids.js';

/** What a referral's document may be, told by its bytes, never by its name or the type it was sent as. */
export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

export interface DocumentStore {
  readonly keys: KeyRing;
  /** Sealed files go here when set; else the sealed bytes are kept in the database. */
  readonly dir: string | undefined;
}

type Refused = { readonly status: number; readonly message: string };

/**
 * Stores a referral's document, sealed, replacing any earlier one, with its
 * history line and audit row in the same transaction. A file written for a
 * transaction that then fails is removed again.
 */
export async function attachDocument(
  em: EntityManager,
  store: DocumentStore,
  referralId: string,
  bytes: Buffer,
  by: AccessBy,
  staffId: string | null,
): Promise<{ contentType: string } | Refused> {
  if (bytes.length === 0) return { status: 400, message: 'The document is empty' };
  if (bytes.length > DOCUMENT_MAX_BYTES) return { status: 413, message: 'A document is at most 10 MB' };
  const type = await fileTypeFromBuffer(bytes);
  const contentType = DOCUMENT_TYPES.find((t) => t === type?.mime);
  if (!contentType) return { status: 415, message: 'A document is a PDF, JPEG or PNG file' };
  const sealed = store.keys.seal(bytes, placeOf('referral_document', 'content', referralId));
  const file = store.dir ? `${randomUUID()}.sealed` : null;
  if (store.dir && file) {
    await mkdir(store.dir, { recursive: true, mode: 0o700 });
    await writeFile(join(store.dir, file), sealed, { mode: 0o600 });
  }
  try {
    const replaced = await em.transactional(async (tx) => {
      const [earlier] = await tx.execute<{ stored_file: string | null }[]>(
        'select stored_file from referral_document where referral_id = ? for update',
        [referralId],
      );
      await tx.execute(
        `insert into referral_document (referral_id, content_type, byte_size, content, stored_file, uploaded_by)
         values (?, ?, ?, ?, ?, ?)
         on conflict (referral_id) do update set content_type = excluded.content_type, byte_size = excluded.byte_size,
           content = excluded.content, stored_file = excluded.stored_file, uploaded_by = excluded.uploaded_by,
           uploaded_at = now()`,
        [referralId, contentType, bytes.length, file ? null : sealed, file, staffId],
      );
      await tx.execute(
        "insert into referral_change (id, referral_id, action, actor_id) values (?, ?, 'DOCUMENT_ATTACHED', ?)",
        [randomUUID(), referralId, staffId],
      );
      await auditHealth(tx, {
        ...by,
        action: earlier ? 'UPDATE' : 'CREATE',
        recordType: 'referral_document',
        recordIds: [referralId],
        fields: ['content'],
      });
      return earlier?.stored_file ?? null;
    });
    if (replaced && store.dir) await rm(join(store.dir, replaced), { force: true });
    return { contentType };
  } catch (error) {
    if (file && store.dir) await rm(join(store.dir, file), { force: true });
    throw error;
  }
}

/** The document, opened, with its audit row written first in the same transaction. */
export async function readDocument(
  em: EntityManager,
  store: DocumentStore,
  referralId: string,
  by: AccessBy,
): Promise<{ contentType: string; bytes: Buffer } | undefined> {
  return em.transactional(async (tx) => {
    const [row] = await tx.execute<{ content_type: string; content: Buffer | null; stored_file: string | null }[]>(
      'select content_type, content, stored_file from referral_document where referral_id = ?',
      [referralId],
    );
    if (!row) return undefined;
    await auditHealth(tx, {
      ...by,
      action: 'READ',
      recordType: 'referral_document',
      recordIds: [referralId],
      fields: ['content'],
    });
    const sealed =
      row.content ?? (store.dir && row.stored_file ? await readFile(join(store.dir, row.stored_file)) : null);
    if (!sealed) throw new Error('a referral document without its content');
    return {
      contentType: row.content_type,
      bytes: store.keys.open(sealed, placeOf('referral_document', 'content', referralId)),
    };
  });
}

const isOffice = (caller: Caller): caller is Extract<Caller, { kind: 'staff' }> =>
  caller.kind === 'staff' && (caller.role === 'ADMIN' || caller.role === 'COORDINATOR');

/**
 * Who may attach a document to this referral: the office, or the partner that
 * submitted it (with its secret key) while it is still pending.
 */
async function mayAttach(em: EntityManager, caller: Caller, referralId: string): Promise<boolean | undefined> {
  const [row] = await em.execute<{ partner_id: string | null; status: string }[]>(
    'select partner_id, status from referral where id = ? and purged_at is null',
    [referralId],
  );
  if (!row) return undefined;
  if (isOffice(caller)) return true;
  return (
    caller.kind === 'partner' &&
    caller.keyKind === 'SECRET' &&
    row.partner_id === caller.partnerId &&
    row.status === 'PENDING'
  );
}

/**
 * GET and PUT /documents/referrals/:id. Only the office reads a document
 * (inline, never cached, sandboxed); reading and writing are audited.
 * Runs after the caller is resolved, as /graphql does.
 */
export function referralDocumentRoutes(em: () => EntityManager, store: DocumentStore): Router {
  const router = Router();
  const readBody = express.raw({ type: () => true, limit: DOCUMENT_MAX_BYTES });
  const tooLarge: ErrorRequestHandler = (error: unknown, _req, res, next) => {
    if (typeof error === 'object' && error !== null && 'type' in error && error.type === 'entity.too.large') {
      return sendError(res, 413, 'BAD_USER_INPUT', 'A document is at most 10 MB');
    }
    next(error);
  };
  const known: RequestHandler = (req, res, next) => {
    if (!isUuid(String(req.params.id))) return sendError(res, 404, 'NOT_FOUND', 'No such referral');
    next();
  };

  router.get('/referrals/:id', known, async (req, res) => {
    const state = requestState(req);
    if (state.caller.kind === 'anonymous') return sendError(res, 401, 'UNAUTHENTICATED', 'Sign in to see documents');
    if (!isOffice(state.caller)) return sendError(res, 403, 'FORBIDDEN', 'Only the office sees referral documents');
    const document = await readDocument(em(), store, String(req.params.id), accessBy(state));
    if (!document) return sendError(res, 404, 'NOT_FOUND', 'This referral has no document');
    res.setHeader('Content-Type', document.contentType);
    res.setHeader('Content-Disposition', 'inline');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'; img-src 'self'; object-src 'self'");
    res.send(document.bytes);
  });

  router.put('/referrals/:id', known, async (req, res, next) => {
    const state = requestState(req);
    if (state.caller.kind === 'anonymous') return sendError(res, 401, 'UNAUTHENTICATED', 'Sign in to attach documents');
    const allowed = await mayAttach(em(), state.caller, String(req.params.id));
    if (allowed === undefined) return sendError(res, 404, 'NOT_FOUND', 'No such referral');
    if (!allowed) return sendError(res, 403, 'FORBIDDEN', 'Not allowed to attach a document to this referral');
    readBody(req, res, async (error?: unknown) => {
      if (error) return next(error);
      try {
        const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const staffId = state.caller.kind === 'staff' ? state.caller.accountId : null;
        const stored = await attachDocument(em(), store, String(req.params.id), bytes, accessBy(state), staffId);
        if ('status' in stored)
          return sendError(res, stored.status, 'BAD_USER_INPUT', stored.message, { field: 'document' });
        res.status(200).json({ contentType: stored.contentType });
      } catch (failure) {
        next(failure);
      }
    });
  });
  router.use(tooLarge);
  return router;
}
