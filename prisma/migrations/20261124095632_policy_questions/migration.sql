-- CreateTable
CREATE TABLE "policy_questions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "person_id" TEXT,
    "channel" "Channel" NOT NULL,
    "question" TEXT NOT NULL,
    "answered" BOOLEAN NOT NULL,
    "citation" TEXT,
    "score" DOUBLE PRECISION NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "policy_questions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "policy_questions_answered_created_at_idx" ON "policy_questions"("answered", "created_at");

-- AddForeignKey
ALTER TABLE "policy_questions" ADD CONSTRAINT "policy_questions_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE CASCADE;
