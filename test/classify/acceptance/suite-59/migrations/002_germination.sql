CREATE TABLE IF NOT EXISTS germination (
    id serial PRIMARY KEY,
    accession integer NOT NULL,
    lot integer NOT NULL,
    sown integer NOT NULL,
    germinated integer NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS withdrawals (
    id serial PRIMARY KEY,
    accession integer NOT NULL,
    seeds integer NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);
