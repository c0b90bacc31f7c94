-- Each jurisdiction's own letter date, beside its own deadline; empty means the request's sent date.
alter table coverage add column sent_on date;
