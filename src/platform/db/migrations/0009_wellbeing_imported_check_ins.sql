ALTER TABLE "wellbeing_check_ins" ADD COLUMN "origin" text DEFAULT 'tend' NOT NULL;--> statement-breakpoint
ALTER TABLE "wellbeing_check_ins" ADD COLUMN "import_key" text;--> statement-breakpoint
ALTER TABLE "wellbeing_check_ins" ADD COLUMN "import_source" text;--> statement-breakpoint
ALTER TABLE "wellbeing_check_ins" ADD COLUMN "imported_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "wellbeing_check_ins_import_key_idx" ON "wellbeing_check_ins" USING btree ("org_id","person_id","import_key");--> statement-breakpoint
ALTER TABLE "wellbeing_check_ins" ADD CONSTRAINT "wellbeing_check_ins_origin_check" CHECK (("wellbeing_check_ins"."origin" = 'tend' and "wellbeing_check_ins"."import_key" is null and "wellbeing_check_ins"."imported_at" is null) or ("wellbeing_check_ins"."origin" = 'imported' and "wellbeing_check_ins"."import_key" is not null and "wellbeing_check_ins"."imported_at" is not null and "wellbeing_check_ins"."unit_id" is null));