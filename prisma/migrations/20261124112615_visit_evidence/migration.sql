-- CreateTable
CREATE TABLE "visit_evidence" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "visit_id" UUID NOT NULL,
    "channel" "Channel" NOT NULL,
    "message_id" TEXT NOT NULL,
    "media_id" TEXT NOT NULL,
    "url" TEXT,
    "received_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "visit_evidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "visit_evidence_visit_id_idx" ON "visit_evidence"("visit_id");

-- CreateIndex
CREATE UNIQUE INDEX "visit_evidence_channel_message_id_key" ON "visit_evidence"("channel", "message_id");

-- AddForeignKey
ALTER TABLE "visit_evidence" ADD CONSTRAINT "visit_evidence_visit_id_fkey" FOREIGN KEY ("visit_id") REFERENCES "visits"("id") ON DELETE CASCADE ON UPDATE CASCADE;
