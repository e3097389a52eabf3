CREATE TABLE yards (id serial PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE stacks (id serial PRIMARY KEY, yard_id integer NOT NULL REFERENCES yards (id),
    name text NOT NULL UNIQUE, species text NOT NULL, cords numeric(6, 2) NOT NULL);
