CREATE TABLE feeding_rounds (animal_id TEXT NOT NULL, fed_at TEXT NOT NULL, food TEXT NOT NULL, grams INTEGER NOT NULL);
