-- Rules can add tags (issue 21): the names of the tags a rule adds, separated by ';' as in the CSV's tags column
-- (a tag's name never contains ';', see TagNames). Same script on H2 and PostgreSQL.
--
-- Names rather than links to the tag table: a rule may name a tag no expense carries yet (it is created when the
-- rule first adds it), and deleting a tag leaves the rules that add it valid. Renaming or merging a tag rewrites
-- the rules that name it (TagService). A change here is a change of expense_rule, which PostgreSQL already
-- announces for live updates (V19_1).
alter table expense_rule add column add_tags varchar(1000);
