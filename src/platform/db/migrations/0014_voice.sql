CREATE TABLE "voice_announcement_reads" (
	"org_id" uuid NOT NULL,
	"announcement_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "voice_announcement_reads_org_id_announcement_id_person_id_pk" PRIMARY KEY("org_id","announcement_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "voice_announcements" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"asks_read" boolean DEFAULT false NOT NULL,
	"published_by" uuid NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "voice_announcements_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "voice_concern_authors" (
	"org_id" uuid NOT NULL,
	"concern_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "voice_concern_authors_org_id_concern_id_pk" PRIMARY KEY("org_id","concern_id")
);
--> statement-breakpoint
CREATE TABLE "voice_concerns" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"raised_in" text NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"public_answer" text,
	"answered_in" text,
	CONSTRAINT "voice_concerns_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "voice_announcement_reads" ADD CONSTRAINT "voice_announcement_reads_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voice_announcement_reads" ADD CONSTRAINT "voice_announcement_reads_org_id_announcement_id_voice_announcements_org_id_id_fk" FOREIGN KEY ("org_id","announcement_id") REFERENCES "public"."voice_announcements"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voice_announcement_reads" ADD CONSTRAINT "voice_announcement_reads_org_id_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voice_announcements" ADD CONSTRAINT "voice_announcements_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voice_announcements" ADD CONSTRAINT "voice_announcements_org_id_published_by_people_org_id_id_fk" FOREIGN KEY ("org_id","published_by") REFERENCES "public"."people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voice_concern_authors" ADD CONSTRAINT "voice_concern_authors_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voice_concern_authors" ADD CONSTRAINT "voice_concern_authors_org_id_concern_id_voice_concerns_org_id_id_fk" FOREIGN KEY ("org_id","concern_id") REFERENCES "public"."voice_concerns"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voice_concern_authors" ADD CONSTRAINT "voice_concern_authors_org_id_person_id_people_org_id_id_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."people"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "voice_concerns" ADD CONSTRAINT "voice_concerns_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "voice_announcement_reads_person_idx" ON "voice_announcement_reads" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE INDEX "voice_announcements_published_idx" ON "voice_announcements" USING btree ("org_id","published_at");--> statement-breakpoint
CREATE INDEX "voice_concern_authors_person_idx" ON "voice_concern_authors" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE INDEX "voice_concerns_period_idx" ON "voice_concerns" USING btree ("org_id","raised_in");