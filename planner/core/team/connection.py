"""The connection to the team's PostgreSQL: TLS whenever the server offers it, autocommit (each piece of
work states its own transaction with `conn.transaction()`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from psycopg import Connection

APPLICATION_NAME = "Account Planner"
CONNECT_TIMEOUT_SECONDS = 10


def connect(url: str, password: str | None = None) -> Connection:
    """Connect to `url` (postgresql://user@host/db or key=value); sslmode=prefer unless the URL names
    one (require or verify-full for a server that must use TLS). The password, from the keyring, is
    passed apart from the URL so that it never sits in settings."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    given = conninfo_to_dict(url)
    options: dict[str, str | int] = {}
    if "sslmode" not in given:
        options["sslmode"] = "prefer"
    if "application_name" not in given:
        options["application_name"] = APPLICATION_NAME
    if "connect_timeout" not in given:
        options["connect_timeout"] = CONNECT_TIMEOUT_SECONDS
    if password is not None:
        options["password"] = password
    return psycopg.connect(make_conninfo(url, **options), autocommit=True)
