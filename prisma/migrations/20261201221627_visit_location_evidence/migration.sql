-- AlterTable
ALTER TABLE "visit_evidence" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'PHOTO',
ADD COLUMN     "label" TEXT,
ADD COLUMN     "latitude" DOUBLE PRECISION,
ADD COLUMN     "longitude" DOUBLE PRECISION,
ALTER COLUMN "media_id" DROP NOT NULL;

-- A photo has its platform reference; a location its coordinates, in range.
ALTER TABLE "visit_evidence" ADD CONSTRAINT "visit_evidence_kind" CHECK (
  ("kind" = 'PHOTO' AND "media_id" IS NOT NULL)
  OR ("kind" = 'LOCATION' AND "latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180)
);
