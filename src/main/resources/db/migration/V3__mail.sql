-- Every e-mail Velocity sends is kept here; without SMTP this outbox is the only delivery.
create table outbox (
  id                  uuid primary key,
  to_address          varchar(320) not null,
  subject             varchar(300) not null,
  body                text not null,
  attachment_name     varchar(200),
  attachment_type     varchar(200),
  attachment_content  text,
  status              varchar(20) not null,
  error               varchar(1000),
  created_at          timestamp with time zone not null,
  sent_at             timestamp with time zone
);
create index outbox_created_ix on outbox (created_at);
create index outbox_to_ix on outbox (to_address);
