-- CreateEnum
CREATE TYPE "OutcomeKind" AS ENUM ('PROJECT', 'TRANSFER', 'RD_ACCOUNTING', 'RD_INSTITUTION', 'IP', 'TRAINING');

-- CreateEnum
CREATE TYPE "OutcomeStatus" AS ENUM ('REPORTED', 'CONFIRMED', 'DISPUTED');

-- AlterTable
ALTER TABLE "assignments" ADD COLUMN     "agreement_signed_on" DATE;

-- CreateTable
CREATE TABLE "outcomes" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "assignment_id" TEXT NOT NULL,
    "reporter_id" TEXT NOT NULL,
    "kind" "OutcomeKind" NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "month_only" BOOLEAN NOT NULL DEFAULT false,
    "level" TEXT,
    "stage" TEXT,
    "form" TEXT,
    "amount" DECIMAL(14,2),
    "ip_kind" TEXT,
    "quantity" INTEGER,
    "summary" TEXT NOT NULL DEFAULT '',
    "status" "OutcomeStatus" NOT NULL DEFAULT 'REPORTED',
    "status_note" TEXT,
    "channel" "Channel",
    "confirmed_by_id" TEXT,
    "confirmed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "outcomes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment_decisions" (
    "assignment_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "computed_score" DECIMAL(5,1) NOT NULL,
    "score" DECIMAL(5,1) NOT NULL,
    "grade" TEXT NOT NULL,
    "reason" TEXT,
    "decided_by_id" TEXT NOT NULL,
    "decided_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "assessment_decisions_pkey" PRIMARY KEY ("assignment_id","year")
);

-- CreateTable
CREATE TABLE "programme_settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "programme_settings_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "outcomes_assignment_id_date_idx" ON "outcomes"("assignment_id", "date");

-- CreateIndex
CREATE INDEX "outcomes_date_idx" ON "outcomes"("date");

-- CreateIndex
CREATE INDEX "outcomes_reporter_id_created_at_idx" ON "outcomes"("reporter_id", "created_at");

-- CreateIndex
CREATE INDEX "outcomes_status_idx" ON "outcomes"("status");

-- AddForeignKey
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_reporter_id_fkey" FOREIGN KEY ("reporter_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_confirmed_by_id_fkey" FOREIGN KEY ("confirmed_by_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_decisions" ADD CONSTRAINT "assessment_decisions_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_decisions" ADD CONSTRAINT "assessment_decisions_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rules Prisma cannot express: the detail values each kind may carry, and sane figures.
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_title_not_blank" CHECK (length(btrim("title")) > 0);
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_level" CHECK ("level" IS NULL OR ("kind" = 'PROJECT' AND "level" IN ('NATIONAL', 'REGIONAL', 'CITY', 'ENTERPRISE')));
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_stage" CHECK (
  "stage" IS NULL
  OR ("kind" = 'PROJECT' AND "stage" IN ('APPLIED', 'APPROVED', 'JOINED'))
  OR ("kind" = 'IP' AND "stage" IN ('APPLIED', 'GRANTED'))
);
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_form" CHECK ("form" IS NULL OR ("kind" = 'TRANSFER' AND "form" IN ('TRANSFER', 'LICENSE', 'EQUITY', 'JOINT', 'SELF')));
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_ip_kind" CHECK ("ip_kind" IS NULL OR ("kind" = 'IP' AND "ip_kind" IN ('INVENTION_PATENT', 'UTILITY_MODEL', 'DESIGN_PATENT', 'SOFTWARE_COPYRIGHT', 'TRADEMARK', 'PLANT_VARIETY')));
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_amount" CHECK ("amount" IS NULL OR ("kind" = 'TRANSFER' AND "amount" >= 0));
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_quantity" CHECK ("quantity" IS NULL OR ("kind" IN ('IP', 'TRAINING') AND "quantity" > 0 AND "quantity" <= 100000));
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_month_only" CHECK (NOT "month_only" OR extract(day FROM "date") = 1);
ALTER TABLE "assessment_decisions" ADD CONSTRAINT "assessment_decisions_score" CHECK ("score" >= 0 AND "score" <= 100 AND "computed_score" >= 0 AND "computed_score" <= 100);
ALTER TABLE "assessment_decisions" ADD CONSTRAINT "assessment_decisions_grade" CHECK ("grade" IN ('EXCELLENT', 'GOOD', 'PASS', 'FAIL'));
ALTER TABLE "assessment_decisions" ADD CONSTRAINT "assessment_decisions_year" CHECK ("year" BETWEEN 2000 AND 2100);
