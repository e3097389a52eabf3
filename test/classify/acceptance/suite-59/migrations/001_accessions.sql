CREATE TABLE IF NOT EXISTS accessions (
    id serial PRIMARY KEY,
    number text NOT NULL UNIQUE,
    species text NOT NULL,
    seeds integer NOT NULL DEFAULT 0,
    room text NOT NULL DEFAULT 'intake',
    last_withdrawn timestamptz
);
CREATE TABLE IF NOT EXISTS rooms (
    name text PRIMARY KEY,
    trays integer NOT NULL
);
