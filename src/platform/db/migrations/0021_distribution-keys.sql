-- org_instruments gets org_id first in its primary key, as every organisation's table (docs/scale.md).
ALTER TABLE "org_instruments" DROP CONSTRAINT "org_instruments_pkey";--> statement-breakpoint
ALTER TABLE "org_instruments" ADD CONSTRAINT "org_instruments_org_id_id_pk" PRIMARY KEY("org_id","id");
