CREATE TABLE sales (id serial PRIMARY KEY, stack text NOT NULL, cords numeric(6, 2) NOT NULL, buyer text NOT NULL);
CREATE TABLE buyers (id serial PRIMARY KEY, name text NOT NULL);
