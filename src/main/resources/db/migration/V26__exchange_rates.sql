-- Rate table (issue 22): exchange rates the user imports from a file (e.g. the ECB's reference rates), so an entry
-- in another currency gets its ledger amount without a rate typed in. No network access. Same script on H2 and
-- PostgreSQL.
--
-- A quote as central banks write it: on rate_on, one unit of base buys units_per_base units of currency
-- (ECB: 1 EUR = 1.0832 USD is base EUR, currency USD, 1.0832). Kept as published, never inverted, so nothing is
-- lost; the rate an entry uses (ledger units per unit of its currency) is worked out from it when needed, across a
-- common base where the ledger's currency is neither (GBP ledger, USD entry: both quoted per EUR).
create table exchange_rate (
    base            char(3)          not null,
    currency        char(3)          not null,
    rate_on         date             not null,
    units_per_base  numeric(28, 16)  not null,
    -- Also serves "the latest quote at or before a date" for one pair.
    constraint pk_exchange_rate primary key (base, currency, rate_on),
    constraint ck_exchange_rate_codes check (upper(base) = base and upper(currency) = currency and base <> currency),
    constraint ck_exchange_rate_positive check (units_per_base > 0)
);
