-- Which running Outlay (window or command-line run) made a change, so that Ctrl+Z in one window never undoes what
-- another window of the same user on the same computer did while it is still open (see UndoService). Rows written
-- before this version have none: they were made by an Outlay that has ended (an older Outlay refuses a database
-- of this version), so their user may undo them as before. Same script on H2 and PostgreSQL.
alter table change_log add column session_id varchar(40);
