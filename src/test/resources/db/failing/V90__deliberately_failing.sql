-- Test only (UpgradeSafetyTest): an upgrade that changes the schema and then fails half-way.
create table half_done (id bigint not null);
alter table expense add column half_done_note varchar(10);
insert into no_such_table (id) values (1);
