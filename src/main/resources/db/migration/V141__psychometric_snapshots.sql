-- The psychometric statistics a firm admin sees, one snapshot per item-bank version (issue 14 §7).
-- A snapshot is taken from 30 completed responses on and taken again only once 30 more have been
-- completed, so that reading the page before and after one more completion cannot give away that
-- person's answers. Figures that are not a number are null.
create table psychometric_snapshots (
  bank_version        varchar(20) primary key,
  responses           integer not null,
  computed_at         timestamp with time zone not null,
  retest_pairs        integer not null,
  retest_people       double precision,
  retest_performance  double precision,
  retest_process      double precision
);

create table psychometric_scales (
  bank_version  varchar(20) not null references psychometric_snapshots (bank_version),
  position      integer not null,
  part          varchar(20) not null,
  drive         varchar(20) not null,
  alpha         double precision,
  primary key (bank_version, position)
);

create table psychometric_items (
  bank_version  varchar(20) not null references psychometric_snapshots (bank_version),
  position      integer not null,
  item_id       varchar(40) not null,
  drive         varchar(20) not null,
  mean          double precision,
  item_total    double precision,
  primary key (bank_version, position)
);
