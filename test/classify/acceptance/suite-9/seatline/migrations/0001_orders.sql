CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    reference VARCHAR(12) NOT NULL UNIQUE,
    email VARCHAR(200) NOT NULL,
    total NUMERIC(10, 2) NOT NULL,
    status VARCHAR(20)
);
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    order_id INTEGER REFERENCES orders(id),
    event VARCHAR(80) NOT NULL,
    seat VARCHAR(10) NOT NULL
);
