-- What Ctrl+Z would undo next (UndoService.next, asked after every change) is this user's newest change on this
-- computer. Led by "entity", the V4 index matched that query's entity = 'expense', so H2 read every expense
-- change through it and sorted them all: 73 ms a call at 100,000 history rows, growing with the history. Led by
-- entity_id, it no longer matches there; H2 walks the primary key back from the newest change and stops at the
-- first of this user's (2 ms). It still serves an expense's own history (entity_id and entity both given).
-- PostgreSQL already walked the primary key (2 ms either way). Same script on H2 and PostgreSQL.
drop index ix_change_log_entity;
create index ix_change_log_entity on change_log (entity_id, entity, id);
