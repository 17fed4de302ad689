CREATE TABLE "content_packs" (
	"id" text NOT NULL,
	"version" text NOT NULL,
	"kind" text NOT NULL,
	"body" jsonb NOT NULL,
	"checksum" text NOT NULL,
	"installed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_packs_id_version_pk" PRIMARY KEY("id","version")
);
