CREATE TABLE "hub_practice_reports" (
	"hub_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"collaborative_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"reporter_org_id" uuid NOT NULL,
	"reporter_person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by_person_id" uuid,
	CONSTRAINT "hub_practice_reports_hub_id_id_pk" PRIMARY KEY("hub_id","id")
);
--> statement-breakpoint
ALTER TABLE "hub_practice_reports" ADD CONSTRAINT "hub_practice_reports_hub_id_post_id_shared_practice_posts_hub_id_id_fk" FOREIGN KEY ("hub_id","post_id") REFERENCES "public"."shared_practice_posts"("hub_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hub_practice_reports" ADD CONSTRAINT "hub_practice_reports_hub_id_collaborative_id_collaboratives_hub_id_id_fk" FOREIGN KEY ("hub_id","collaborative_id") REFERENCES "public"."collaboratives"("hub_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hub_practice_reports_open_idx" ON "hub_practice_reports" USING btree ("hub_id","post_id","reporter_org_id","reporter_person_id") WHERE "hub_practice_reports"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "hub_practice_reports_board_idx" ON "hub_practice_reports" USING btree ("hub_id","collaborative_id");