-- AlterTable
ALTER TABLE "policy_documents" ADD COLUMN     "deleted_at" TIMESTAMP(3);
