CREATE TABLE animals (id TEXT PRIMARY KEY, name TEXT NOT NULL, species TEXT NOT NULL, weight_kg REAL);
