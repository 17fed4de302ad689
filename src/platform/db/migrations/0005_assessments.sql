CREATE TABLE "assessment_action_notes" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"body" text NOT NULL,
	"author_person_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_action_notes_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "assessment_actions" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"criterion_id" text NOT NULL,
	"title" text NOT NULL,
	"owner_person_id" uuid,
	"due_on" date,
	"status" text DEFAULT 'not-started' NOT NULL,
	"created_by_person_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_actions_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "assessment_cycles" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"pack_id" text NOT NULL,
	"pack_version" text NOT NULL,
	"title" text NOT NULL,
	"unit_id" uuid,
	"mode" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"lead_person_id" uuid,
	"created_by_person_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "assessment_cycles_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "assessment_comments" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"criterion_id" text NOT NULL,
	"body" text NOT NULL,
	"author_person_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_comments_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "assessment_ratings" (
	"org_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"criterion_id" text NOT NULL,
	"rating" text,
	"rated_by_person_id" uuid,
	"rated_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"confirmed_by_person_id" uuid,
	CONSTRAINT "assessment_ratings_org_id_cycle_id_criterion_id_pk" PRIMARY KEY("org_id","cycle_id","criterion_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_contributors" (
	"org_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "assessment_contributors_org_id_cycle_id_person_id_pk" PRIMARY KEY("org_id","cycle_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_evidence" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"criterion_id" text NOT NULL,
	"kind" text NOT NULL,
	"body" text,
	"url" text,
	"file_name" text,
	"media_type" text,
	"size_bytes" integer,
	"content" "bytea",
	"added_by_person_id" uuid,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_evidence_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "assessment_section_notes" (
	"org_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"section_id" text NOT NULL,
	"note" text NOT NULL,
	"updated_by_person_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_section_notes_org_id_cycle_id_section_id_pk" PRIMARY KEY("org_id","cycle_id","section_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_survey_participants" (
	"org_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "assessment_survey_participants_org_id_cycle_id_person_id_pk" PRIMARY KEY("org_id","cycle_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_survey_responses" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"unit_id" uuid,
	"answers" jsonb NOT NULL,
	"comments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "assessment_survey_responses_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "assessment_action_notes" ADD CONSTRAINT "assessment_action_notes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_action_notes" ADD CONSTRAINT "assessment_action_notes_org_id_action_id_assessment_actions_org_id_id_fk" FOREIGN KEY ("org_id","action_id") REFERENCES "public"."assessment_actions"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_actions" ADD CONSTRAINT "assessment_actions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_actions" ADD CONSTRAINT "assessment_actions_org_id_cycle_id_assessment_cycles_org_id_id_fk" FOREIGN KEY ("org_id","cycle_id") REFERENCES "public"."assessment_cycles"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_actions" ADD CONSTRAINT "assessment_actions_org_id_owner_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","owner_person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_cycles" ADD CONSTRAINT "assessment_cycles_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_cycles" ADD CONSTRAINT "assessment_cycles_org_id_unit_id_units_org_id_id_fk" FOREIGN KEY ("org_id","unit_id") REFERENCES "public"."units"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_comments" ADD CONSTRAINT "assessment_comments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_comments" ADD CONSTRAINT "assessment_comments_org_id_cycle_id_assessment_cycles_org_id_id_fk" FOREIGN KEY ("org_id","cycle_id") REFERENCES "public"."assessment_cycles"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_ratings" ADD CONSTRAINT "assessment_ratings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_ratings" ADD CONSTRAINT "assessment_ratings_org_id_cycle_id_assessment_cycles_org_id_id_fk" FOREIGN KEY ("org_id","cycle_id") REFERENCES "public"."assessment_cycles"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_contributors" ADD CONSTRAINT "assessment_contributors_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_contributors" ADD CONSTRAINT "assessment_contributors_org_id_cycle_id_assessment_cycles_org_id_id_fk" FOREIGN KEY ("org_id","cycle_id") REFERENCES "public"."assessment_cycles"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_contributors" ADD CONSTRAINT "assessment_contributors_org_id_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_evidence" ADD CONSTRAINT "assessment_evidence_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_evidence" ADD CONSTRAINT "assessment_evidence_org_id_cycle_id_assessment_cycles_org_id_id_fk" FOREIGN KEY ("org_id","cycle_id") REFERENCES "public"."assessment_cycles"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_section_notes" ADD CONSTRAINT "assessment_section_notes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_section_notes" ADD CONSTRAINT "assessment_section_notes_org_id_cycle_id_assessment_cycles_org_id_id_fk" FOREIGN KEY ("org_id","cycle_id") REFERENCES "public"."assessment_cycles"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_survey_participants" ADD CONSTRAINT "assessment_survey_participants_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_survey_participants" ADD CONSTRAINT "assessment_survey_participants_org_id_cycle_id_assessment_cycles_org_id_id_fk" FOREIGN KEY ("org_id","cycle_id") REFERENCES "public"."assessment_cycles"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_survey_responses" ADD CONSTRAINT "assessment_survey_responses_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_survey_responses" ADD CONSTRAINT "assessment_survey_responses_org_id_cycle_id_assessment_cycles_org_id_id_fk" FOREIGN KEY ("org_id","cycle_id") REFERENCES "public"."assessment_cycles"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_actions_cycle_idx" ON "assessment_actions" USING btree ("org_id","cycle_id");--> statement-breakpoint
CREATE INDEX "assessment_cycles_pack_idx" ON "assessment_cycles" USING btree ("org_id","pack_id","created_at");--> statement-breakpoint
CREATE INDEX "assessment_comments_criterion_idx" ON "assessment_comments" USING btree ("org_id","cycle_id","criterion_id");--> statement-breakpoint
CREATE INDEX "assessment_evidence_criterion_idx" ON "assessment_evidence" USING btree ("org_id","cycle_id","criterion_id");--> statement-breakpoint
CREATE INDEX "assessment_survey_responses_cycle_idx" ON "assessment_survey_responses" USING btree ("org_id","cycle_id");