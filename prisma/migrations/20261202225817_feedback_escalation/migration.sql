-- AlterTable
ALTER TABLE "feedback_tickets" ADD COLUMN     "escalated_at" TIMESTAMP(3),
ADD COLUMN     "escalated_by_id" TEXT,
ADD COLUMN     "escalation_reason" TEXT;

-- AddForeignKey
ALTER TABLE "feedback_tickets" ADD CONSTRAINT "feedback_tickets_escalated_by_id_fkey" FOREIGN KEY ("escalated_by_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
