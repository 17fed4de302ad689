CREATE TABLE "shared_practice_items" (
	"hub_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"collaborative_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"body" text,
	"file_name" text,
	"media_type" text,
	"size" integer,
	"content" "bytea",
	"author_org_id" uuid NOT NULL,
	"author_person_id" uuid NOT NULL,
	"name_organisation" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shared_practice_items_hub_id_id_pk" PRIMARY KEY("hub_id","id")
);
--> statement-breakpoint
CREATE TABLE "shared_practice_posts" (
	"hub_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"collaborative_id" uuid NOT NULL,
	"thread_id" uuid,
	"title" text,
	"body" text NOT NULL,
	"author_org_id" uuid NOT NULL,
	"author_person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"hidden_at" timestamp with time zone,
	"hidden_reason" text,
	"hidden_by_person_id" uuid,
	CONSTRAINT "shared_practice_posts_hub_id_id_pk" PRIMARY KEY("hub_id","id")
);
--> statement-breakpoint
ALTER TABLE "shared_practice_items" ADD CONSTRAINT "shared_practice_items_hub_id_collaborative_id_collaboratives_hub_id_id_fk" FOREIGN KEY ("hub_id","collaborative_id") REFERENCES "public"."collaboratives"("hub_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shared_practice_posts" ADD CONSTRAINT "shared_practice_posts_hub_id_collaborative_id_collaboratives_hub_id_id_fk" FOREIGN KEY ("hub_id","collaborative_id") REFERENCES "public"."collaboratives"("hub_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "shared_practice_items_collaborative_idx" ON "shared_practice_items" USING btree ("hub_id","collaborative_id","created_at");--> statement-breakpoint
CREATE INDEX "shared_practice_posts_board_idx" ON "shared_practice_posts" USING btree ("hub_id","collaborative_id","created_at");