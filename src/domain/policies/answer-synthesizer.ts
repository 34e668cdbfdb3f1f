export interface SourceClause {
  /** 《document》section（item）, as the reply must cite it. */
  citation: string;
  text: string;
}

/** Writes an answer from the given clauses only (an LLM). Throws when it cannot. */
export interface AnswerSynthesizer {
  synthesize(question: string, sources: SourceClause[], signal: AbortSignal): Promise<string>;
}

/** Puts a question the index found nothing for into the documents' words (an LLM). Null when it is off-topic. */
export interface QuestionRewriter {
  rewrite(question: string, outline: string[], signal: AbortSignal): Promise<string | null>;
}
