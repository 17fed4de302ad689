ALTER TABLE "wellbeing_spaces" ADD COLUMN "contributes_to_figures" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "wellbeing_spaces" ADD COLUMN "contribution_changed_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "wellbeing_spaces_contributing_idx" ON "wellbeing_spaces" USING btree ("org_id") WHERE "wellbeing_spaces"."contributes_to_figures";