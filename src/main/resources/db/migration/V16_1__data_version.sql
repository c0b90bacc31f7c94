-- A counter per request that every write to what its pages show moves on, in the same transaction: cell
-- changes, verification stamps, fields, coverage, the timeline and the request itself. Pages derive their
-- ETag from it, so every instance that shares the database agrees on whether a page is still current.
alter table data_request add column data_version bigint not null default 0;
