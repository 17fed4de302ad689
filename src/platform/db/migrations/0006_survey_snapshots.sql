CREATE TABLE "assessment_survey_eligible" (
	"org_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"unit_id" uuid,
	CONSTRAINT "assessment_survey_eligible_org_id_cycle_id_person_id_pk" PRIMARY KEY("org_id","cycle_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_survey_snapshots" (
	"org_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"units" jsonb NOT NULL,
	"min_group_size" integer NOT NULL,
	"min_free_text_group_size" integer NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_survey_snapshots_org_id_cycle_id_pk" PRIMARY KEY("org_id","cycle_id")
);
--> statement-breakpoint
ALTER TABLE "privacy_releases" ADD COLUMN "shown" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "assessment_survey_eligible" ADD CONSTRAINT "assessment_survey_eligible_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_survey_eligible" ADD CONSTRAINT "assessment_survey_eligible_org_id_cycle_id_assessment_cycles_org_id_id_fk" FOREIGN KEY ("org_id","cycle_id") REFERENCES "public"."assessment_cycles"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_survey_snapshots" ADD CONSTRAINT "assessment_survey_snapshots_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_survey_snapshots" ADD CONSTRAINT "assessment_survey_snapshots_org_id_cycle_id_assessment_cycles_org_id_id_fk" FOREIGN KEY ("org_id","cycle_id") REFERENCES "public"."assessment_cycles"("org_id","id") ON DELETE cascade ON UPDATE no action;