CREATE TABLE IF NOT EXISTS spaces (
    garage TEXT NOT NULL,
    level INTEGER NOT NULL,
    free INTEGER NOT NULL,
    PRIMARY KEY (garage, level)
);
