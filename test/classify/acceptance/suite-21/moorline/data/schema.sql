CREATE TABLE IF NOT EXISTS vessels (
    mmsi TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    length_m REAL NOT NULL,
    owner TEXT NOT NULL,
    berth TEXT
);
