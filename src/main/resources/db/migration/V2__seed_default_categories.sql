-- A useful starting set of categories; ids below the sequences' start so they never collide.
insert into category (id, name, name_key, colour, version) values (1, 'Groceries', 'groceries', '#59a14f', 0);
insert into category (id, name, name_key, colour, version) values (2, 'Eating out', 'eating out', '#f28e2b', 0);
insert into category (id, name, name_key, colour, version) values (3, 'Housing', 'housing', '#4e79a7', 0);
insert into category (id, name, name_key, colour, version) values (4, 'Utilities', 'utilities', '#76b7b2', 0);
insert into category (id, name, name_key, colour, version) values (5, 'Transport', 'transport', '#edc948', 0);
insert into category (id, name, name_key, colour, version) values (6, 'Health', 'health', '#e15759', 0);
insert into category (id, name, name_key, colour, version) values (7, 'Shopping', 'shopping', '#b07aa1', 0);
insert into category (id, name, name_key, colour, version) values (8, 'Entertainment', 'entertainment', '#ff9da7', 0);
insert into category (id, name, name_key, colour, version) values (9, 'Travel', 'travel', '#9c755f', 0);
insert into category (id, name, name_key, colour, version) values (10, 'Other', 'other', '#bab0ac', 0);
