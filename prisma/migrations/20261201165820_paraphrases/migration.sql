-- CreateTable
CREATE TABLE "paraphrases" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "target" TEXT NOT NULL,
    "faq_id" UUID,
    "document_slug" TEXT,
    "clause_key" TEXT,
    "text" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "paraphrases_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "paraphrases_document_slug_idx" ON "paraphrases"("document_slug");

-- CreateIndex
CREATE UNIQUE INDEX "paraphrases_target_text_key" ON "paraphrases"("target", "text");

-- AddForeignKey
ALTER TABLE "paraphrases" ADD CONSTRAINT "paraphrases_faq_id_fkey" FOREIGN KEY ("faq_id") REFERENCES "faq_entries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A phrasing leads to one FAQ entry or one clause, and its target key says which.
ALTER TABLE "paraphrases" ADD CONSTRAINT "paraphrases_one_target" CHECK (
  ("faq_id" IS NOT NULL AND "document_slug" IS NULL AND "clause_key" IS NULL AND "target" = 'faq:' || "faq_id"::text)
  OR ("faq_id" IS NULL AND "document_slug" IS NOT NULL AND "clause_key" IS NOT NULL
      AND "target" = 'clause:' || "document_slug" || '|' || "clause_key")
);
ALTER TABLE "paraphrases" ADD CONSTRAINT "paraphrases_text" CHECK (length(btrim("text")) BETWEEN 1 AND 200);
