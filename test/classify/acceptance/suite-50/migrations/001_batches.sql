CREATE TABLE IF NOT EXISTS batches (
    id serial PRIMARY KEY,
    apiary text NOT NULL,
    drum text NOT NULL,
    kg numeric(8, 2) NOT NULL,
    grade text,
    jars integer NOT NULL DEFAULT 0,
    closed boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX IF NOT EXISTS batches_one_open_per_drum ON batches (drum) WHERE NOT closed;
CREATE TABLE IF NOT EXISTS stores (
    name text PRIMARY KEY,
    jars integer NOT NULL
);
CREATE TABLE IF NOT EXISTS orders (
    id serial PRIMARY KEY,
    buyer text NOT NULL,
    ref text UNIQUE NOT NULL,
    jars integer NOT NULL
);
