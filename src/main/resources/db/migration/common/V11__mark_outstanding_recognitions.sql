-- A decision may name some of the models it recognizes as outstanding (tiêu biểu): the yearly
-- report lists them.
alter table recognition_recognition add column outstanding boolean default false not null;
