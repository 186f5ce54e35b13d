-- PostgreSQL only (full-text word index); H2 matches words with LIKE.
select 1;
