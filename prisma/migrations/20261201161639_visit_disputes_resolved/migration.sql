-- AlterEnum

ALTER TYPE "VisitStatus" ADD VALUE 'VERIFIED';
ALTER TYPE "VisitStatus" ADD VALUE 'REJECTED';

-- AlterTable
ALTER TABLE "visits" ADD COLUMN     "dispute_no" TEXT,
ADD COLUMN     "resolution" TEXT,
ADD COLUMN     "resolved_at" TIMESTAMP(3),
ADD COLUMN     "resolved_by_id" TEXT;

-- CreateTable
CREATE TABLE "visit_dispute_counters" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "visit_dispute_counters_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE UNIQUE INDEX "visits_dispute_no_key" ON "visits"("dispute_no");

-- CreateIndex
CREATE INDEX "visits_reporter_id_date_idx" ON "visits"("reporter_id", "date");

-- CreateIndex
CREATE INDEX "visits_status_idx" ON "visits"("status");

-- AddForeignKey
ALTER TABLE "visits" ADD CONSTRAINT "visits_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A dispute number reads YY-<year>-<seq>; a visit found true or untrue names who decided and when, and an untrue
-- one why. (The new enum values are compared as text: PostgreSQL refuses them as enum literals in this transaction.)
ALTER TABLE "visits" ADD CONSTRAINT "visits_dispute_number" CHECK ("dispute_no" IS NULL OR "dispute_no" ~ '^YY-[0-9]{4}-[0-9]{4,}$');
ALTER TABLE "visits" ADD CONSTRAINT "visits_resolution" CHECK (
  "status"::text NOT IN ('VERIFIED', 'REJECTED')
  OR ("resolved_at" IS NOT NULL AND "resolved_by_id" IS NOT NULL AND "dispute_no" IS NOT NULL
      AND ("status"::text = 'VERIFIED' OR length(btrim(coalesce("resolution", ''))) > 0))
);
