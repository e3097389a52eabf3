ALTER TABLE stacks ADD COLUMN moisture numeric(4, 1);
