CREATE TABLE IF NOT EXISTS tickets (
    id SERIAL PRIMARY KEY,
    garage TEXT NOT NULL,
    plate TEXT NOT NULL,
    entered_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    paid_cents INTEGER NOT NULL DEFAULT 0,
    closed BOOLEAN NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX IF NOT EXISTS tickets_one_open_per_plate ON tickets (garage, plate) WHERE NOT closed;
