CREATE TABLE invoices (sale_id integer PRIMARY KEY REFERENCES sales (id), total numeric(8, 2) NOT NULL);
