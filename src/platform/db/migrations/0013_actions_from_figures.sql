ALTER TABLE "assessment_actions" ALTER COLUMN "cycle_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment_actions" ALTER COLUMN "criterion_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment_actions" ADD COLUMN "figure" jsonb;--> statement-breakpoint
ALTER TABLE "assessment_actions" ADD CONSTRAINT "assessment_actions_source" CHECK (("assessment_actions"."cycle_id" IS NOT NULL AND "assessment_actions"."criterion_id" IS NOT NULL) OR "assessment_actions"."figure" IS NOT NULL);