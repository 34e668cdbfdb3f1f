-- AlterTable
ALTER TABLE "visits" ADD COLUMN     "confirmed_at" TIMESTAMP(3),
ADD COLUMN     "confirmed_by_id" TEXT;

-- AddForeignKey
ALTER TABLE "visits" ADD CONSTRAINT "visits_confirmed_by_id_fkey" FOREIGN KEY ("confirmed_by_id") REFERENCES "people"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
