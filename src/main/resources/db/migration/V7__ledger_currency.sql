-- The ledger's currency (ISO 4217 code, e.g. EUR), kept in the database so that every Outlay using a shared
-- ledger shows the same one. Same script on H2 and PostgreSQL.
--
-- Exactly one row (id = 1). A null currency means "not chosen yet": an existing ledger upgraded to this version,
-- or a new one. The first Outlay window that opens the ledger then stores its user's default (the currency of
-- their locale's country, EUR where the locale names no country) with "update ... where currency is null", so
-- when two clients start at once the first one wins and both show what was stored. Guessing in SQL cannot work:
-- the database does not know where its users live.
create table ledger (
    id        smallint  not null,
    currency  char(3),
    version   bigint    default 0 not null,
    constraint pk_ledger primary key (id),
    constraint ck_ledger_single_row check (id = 1),
    constraint ck_ledger_currency check (currency is null or upper(currency) = currency)
);

insert into ledger (id, currency, version) values (1, null, 0);
