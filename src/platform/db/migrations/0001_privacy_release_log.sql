CREATE TABLE "privacy_releases" (
	"org_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"dataset" text NOT NULL,
	"cell_key" text NOT NULL,
	"members" text[] NOT NULL,
	"released_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "privacy_releases_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "privacy_releases" ADD CONSTRAINT "privacy_releases_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "privacy_releases_dataset_idx" ON "privacy_releases" USING btree ("org_id","dataset");