export interface SourceClause {
  /** 《document》section（item）, as the reply must cite it. */
  citation: string;
  text: string;
}

/** Writes an answer from the given clauses only (an LLM). Throws when it cannot. */
export interface AnswerSynthesizer {
  synthesize(question: string, sources: SourceClause[], signal: AbortSignal): Promise<string>;
}
