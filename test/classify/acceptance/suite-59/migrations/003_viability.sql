ALTER TABLE germination ADD COLUMN IF NOT EXISTS viability_pct numeric(5, 2);
