CREATE TABLE "hub_reminder_requests" (
	"hub_id" uuid NOT NULL,
	"timepoint_id" uuid NOT NULL,
	"on_day" date NOT NULL,
	"organisations" integer DEFAULT 0 NOT NULL,
	"requested_by_person_id" uuid NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hub_reminder_requests_hub_id_timepoint_id_on_day_pk" PRIMARY KEY("hub_id","timepoint_id","on_day")
);
--> statement-breakpoint
ALTER TABLE "hub_reminder_requests" ADD CONSTRAINT "hub_reminder_requests_hub_id_organisations_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_reminder_requests" ADD CONSTRAINT "hub_reminder_requests_hub_id_timepoint_id_collaborative_timepoints_hub_id_id_fk" FOREIGN KEY ("hub_id","timepoint_id") REFERENCES "public"."collaborative_timepoints"("hub_id","id") ON DELETE cascade ON UPDATE no action;