-- AlterTable
ALTER TABLE "feedback_tickets" ADD COLUMN     "waiting_since" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "feedback_counters" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "feedback_counters_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "posting_ratings" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "assignment_id" TEXT NOT NULL,
    "rater_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "posting_ratings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "posting_ratings_assignment_id_year_key" ON "posting_ratings"("assignment_id", "year");

-- AddForeignKey
ALTER TABLE "posting_ratings" ADD CONSTRAINT "posting_ratings_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "posting_ratings" ADD CONSTRAINT "posting_ratings_rater_id_fkey" FOREIGN KEY ("rater_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: a rating is 1 to 5.
ALTER TABLE "posting_ratings" ADD CONSTRAINT "posting_ratings_score_range" CHECK ("score" BETWEEN 1 AND 5);
