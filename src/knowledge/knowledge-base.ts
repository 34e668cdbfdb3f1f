import { createHash } from 'node:crypto';
import { attachParaphrases, type ParaphraseStore } from '../domain/policies/paraphrases.js';
import { type Clause, parsePolicyDocument } from '../domain/policies/policy-document.js';
import { PolicyIndex } from '../domain/policies/policy-index.js';
import type { Tokenizer } from '../domain/policies/tokenizer.js';

export interface StoredPolicy {
  slug: string;
  title: string;
  sourceName: string;
  content: string;
  builtIn: boolean;
  updatedAt: Date;
}

export interface PolicyDocumentStore {
  /** Documents in force (not removed). */
  listActive(): Promise<StoredPolicy[]>;
  /** Changes whenever a document is added, replaced or removed (cheap to ask often). */
  fingerprint(): Promise<string>;
  /** Adds built-in documents never stored before; a built-in document an administrator removed stays removed. */
  seed(
    documents: { slug: string; title: string; sourceName: string; content: string; contentHash: string }[],
  ): Promise<void>;
  upsert(document: {
    slug: string;
    title: string;
    sourceName: string;
    content: string;
    contentHash: string;
  }): Promise<'created' | 'replaced'>;
  /** False when there is no such document in force. */
  remove(slug: string): Promise<boolean>;
}

/** Where the 扩展问 of the clauses come from: the set shipped with the built-in documents, and the administrators'. */
export interface PhrasingSources {
  builtIn: { documentSlug: string; clauseKey: string; text: string }[];
  store?: ParaphraseStore;
}

export const slugOf = (fileName: string) =>
  fileName
    .replace(/\.[^.]+$/, '')
    .trim()
    .replace(/[\s/\\?#%]+/g, '-')
    .slice(0, 120);

/**
 * The policy knowledge base: documents in the database, and an index over their clauses that every instance
 * rebuilds when the set of documents changes (checked by fingerprint, so no restart is needed anywhere).
 */
export class KnowledgeBase {
  private index: PolicyIndex;
  private fingerprint = '';
  private timer: NodeJS.Timeout | undefined;

  private seeded = false;

  private constructor(
    private readonly store: PolicyDocumentStore,
    private readonly tokenizer: Tokenizer,
    private readonly builtIn: { fileName: string; content: string }[],
    private readonly phrasings: PhrasingSources,
  ) {
    this.index = new PolicyIndex([], tokenizer);
  }

  /**
   * Seeds the built-in documents and builds the index. If the database cannot be reached yet, the service still
   * starts (reporting not ready) and the next refresh does both.
   */
  static async open(
    store: PolicyDocumentStore,
    tokenizer: Tokenizer,
    builtIn: { fileName: string; content: string }[],
    onError: (error: unknown) => void = () => {},
    phrasings: PhrasingSources = { builtIn: [] },
  ) {
    const knowledge = new KnowledgeBase(store, tokenizer, builtIn, phrasings);
    await knowledge.refresh().catch(onError);
    return knowledge;
  }

  current(): PolicyIndex {
    return this.index;
  }

  /** Rebuilds the index if the documents changed since the last build. True when it rebuilt. */
  async refresh(): Promise<boolean> {
    if (!this.seeded) {
      await this.store.seed(this.builtIn.map(({ fileName, content }) => prepare(fileName, content)));
      this.seeded = true;
    }
    const stored = this.phrasings.store;
    const fingerprint = `${await this.store.fingerprint()}|${stored ? await stored.fingerprint() : ''}`;
    if (fingerprint === this.fingerprint) return false;
    const documents = await this.store.listActive();
    const clauses: Clause[] = documents.flatMap((doc) => parsePolicyDocument(doc.slug, doc.content).clauses);
    const kept = stored ? await stored.list() : [];
    const phrasings = [
      ...this.phrasings.builtIn,
      ...kept.flatMap(({ target, text }) =>
        target.kind === 'clause' ? [{ documentSlug: target.documentSlug, clauseKey: target.clauseKey, text }] : [],
      ),
    ];
    this.index = new PolicyIndex(clauses, this.tokenizer, attachParaphrases(clauses, phrasings));
    this.fingerprint = fingerprint;
    return true;
  }

  async exists(slug: string): Promise<boolean> {
    return (await this.store.listActive()).some((doc) => doc.slug === slug);
  }

  list(): Promise<StoredPolicy[]> {
    return this.store.listActive();
  }

  async put(
    fileName: string,
    content: string,
    slug = slugOf(fileName),
  ): Promise<{ slug: string; title: string; clauses: number; outcome: 'created' | 'replaced' }> {
    const document = { ...prepare(fileName, content), slug };
    const { clauses } = parsePolicyDocument(document.slug, content);
    const outcome = await this.store.upsert(document);
    await this.refresh();
    return { slug: document.slug, title: document.title, clauses: clauses.length, outcome };
  }

  async remove(slug: string): Promise<boolean> {
    const removed = await this.store.remove(slug);
    await this.refresh();
    return removed;
  }

  /** Keeps this instance's index in step with changes made through other instances. */
  startWatching(intervalMs = 5_000, onError: (error: unknown) => void = () => {}): void {
    this.timer ??= setInterval(() => void this.refresh().catch(onError), intervalMs);
    this.timer.unref();
  }

  stopWatching(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}

function prepare(fileName: string, content: string) {
  const slug = slugOf(fileName);
  const { title } = parsePolicyDocument(slug, content);
  return {
    slug,
    title,
    sourceName: fileName,
    content,
    contentHash: createHash('sha256').update(content).digest('hex'),
  };
}
