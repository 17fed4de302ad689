CREATE TABLE "org_instruments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"instrument_id" text NOT NULL,
	"version" text NOT NULL,
	"status" text NOT NULL,
	"pack" jsonb NOT NULL,
	"mapping" jsonb NOT NULL,
	"questionnaire" jsonb NOT NULL,
	"notes" jsonb NOT NULL,
	"imported_by_person_id" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by_person_id" uuid,
	"published_at" timestamp with time zone,
	CONSTRAINT "org_instruments_version" UNIQUE("org_id","instrument_id","version")
);
--> statement-breakpoint
ALTER TABLE "org_instruments" ADD CONSTRAINT "org_instruments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "org_instruments_org" ON "org_instruments" USING btree ("org_id","status");