CREATE TABLE "hub_publications" (
	"hub_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"collaborative_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"language" text NOT NULL,
	"epsilon" double precision,
	"published_at" timestamp with time zone NOT NULL,
	"document" jsonb NOT NULL,
	CONSTRAINT "hub_publications_hub_id_id_pk" PRIMARY KEY("hub_id","id"),
	CONSTRAINT "hub_publications_version" UNIQUE("hub_id","collaborative_id","version")
);
--> statement-breakpoint
ALTER TABLE "hub_publications" ADD CONSTRAINT "hub_publications_hub_id_organisations_id_fk" FOREIGN KEY ("hub_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_publications" ADD CONSTRAINT "hub_publications_hub_id_collaborative_id_collaboratives_hub_id_id_fk" FOREIGN KEY ("hub_id","collaborative_id") REFERENCES "public"."collaboratives"("hub_id","id") ON DELETE no action ON UPDATE no action;