"""A team's roles and row-level security: who reads and writes which rows, decided by the database.

Three group roles (NOLOGIN): team_kam (key-account managers), team_director (reads the whole book, hands
accounts over by changing their owner_role) and team_admin (writes the catalogue: products, segment
relevance, team settings). Each user is one LOGIN role with a password, a member of one or more groups.

The policies, per table (FORCE ROW LEVEL SECURITY: they bind the tables' owner too):
- accounts: a KAM reads the accounts whose owner_role is their login and those shared with them
  (account_shares), a director all; a KAM inserts, changes and deletes only their own; changing a shared
  account is refused with an error (it is visible, but the changed row would not be theirs).
- the tables hanging on an account follow it (EXISTS on accounts, whose own policy then applies).
- the catalogue is read by every team role and written by admins.
- change_log is read for the accounts one may read (and the catalogue); nobody writes it but the trigger.
`create_team` brings the schema up to date and applies these as versioned migrations of their own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from planner.core.team import server_schema
from planner.core.team.tables import CATALOGUE_TABLES, CHILD_TABLES

if TYPE_CHECKING:
    from psycopg import Connection

GROUPS = {"kam": "team_kam", "director": "team_director", "admin": "team_admin"}
_ALL_GROUPS = ", ".join(GROUPS.values())
_USER_NAME = re.compile(r"[a-z][a-z0-9_.@-]{0,62}")
_CATALOGUE = ", ".join(name for name, _ in CATALOGUE_TABLES)
_ACCOUNT_DATA = ", ".join(("accounts", *CHILD_TABLES))
_DIRECTOR = "pg_has_role('team_director', 'MEMBER')"
_SHARED = (
    "EXISTS (SELECT 1 FROM account_shares s WHERE s.account_id = accounts.id AND s.role_name = current_user)"
)
_VISIBLE = f"(owner_role = current_user OR {_DIRECTOR} OR {_SHARED})"

R001_GROUPS = f"""
DO $$ DECLARE g text; BEGIN
    FOREACH g IN ARRAY ARRAY['team_kam', 'team_director', 'team_admin'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = g) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', g);  -- roles belong to the server: maybe made before
        END IF;
    END LOOP;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO {_ALL_GROUPS}', current_schema());
END $$;
GRANT USAGE ON SEQUENCE team_row_version TO {_ALL_GROUPS};

GRANT SELECT ON {_CATALOGUE}, change_log, {_ACCOUNT_DATA}, account_shares TO {_ALL_GROUPS};
GRANT INSERT, UPDATE, DELETE ON {_CATALOGUE} TO team_admin;
GRANT INSERT, UPDATE, DELETE ON {_ACCOUNT_DATA} TO team_kam;
GRANT INSERT, DELETE ON account_shares TO team_kam, team_director;
GRANT UPDATE (owner_role) ON accounts TO team_director;  -- a handover, nothing else

CREATE POLICY accounts_read ON accounts FOR SELECT USING {_VISIBLE};
CREATE POLICY accounts_insert ON accounts FOR INSERT WITH CHECK (owner_role = current_user);
CREATE POLICY accounts_update ON accounts FOR UPDATE USING {_VISIBLE} WITH CHECK (owner_role = current_user);
CREATE POLICY accounts_delete ON accounts FOR DELETE USING (owner_role = current_user);
CREATE POLICY accounts_handover ON accounts FOR UPDATE TO team_director USING (true) WITH CHECK (true);

-- no reference to accounts here: accounts' own policy reads this table (a circle PostgreSQL refuses)
CREATE POLICY account_shares_read ON account_shares FOR SELECT
    USING (role_name = current_user OR updated_by = current_user OR {_DIRECTOR});
CREATE POLICY account_shares_insert ON account_shares FOR INSERT WITH CHECK (
    {_DIRECTOR} OR EXISTS (SELECT 1 FROM accounts a
                           WHERE a.id = account_shares.account_id AND a.owner_role = current_user));
CREATE POLICY account_shares_delete ON account_shares FOR DELETE USING (
    {_DIRECTOR} OR EXISTS (SELECT 1 FROM accounts a
                           WHERE a.id = account_shares.account_id AND a.owner_role = current_user));

CREATE POLICY change_log_read ON change_log FOR SELECT USING (
    account_id IS NULL OR changed_by = current_user OR {_DIRECTOR}
    OR EXISTS (SELECT 1 FROM accounts a WHERE a.id = change_log.account_id));
"""


def _child_policies(table: str) -> str:
    readable = f"EXISTS (SELECT 1 FROM accounts a WHERE a.id = {table}.account_id)"
    owned = (
        f"EXISTS (SELECT 1 FROM accounts a WHERE a.id = {table}.account_id AND a.owner_role = current_user)"
    )
    return f"""
CREATE POLICY {table}_read ON {table} FOR SELECT USING ({readable});
CREATE POLICY {table}_insert ON {table} FOR INSERT WITH CHECK ({owned});
CREATE POLICY {table}_update ON {table} FOR UPDATE USING ({readable}) WITH CHECK ({owned});
CREATE POLICY {table}_delete ON {table} FOR DELETE USING ({owned});
"""


def _catalogue_policies(table: str) -> str:
    return f"""
CREATE POLICY {table}_read ON {table} FOR SELECT USING (true);
CREATE POLICY {table}_admin ON {table} FOR ALL TO team_admin USING (true) WITH CHECK (true);
"""


R001 = (
    R001_GROUPS
    + "".join(_child_policies(table) for table in CHILD_TABLES)
    + "".join(_catalogue_policies(table) for table, _ in CATALOGUE_TABLES)
)
# r002: who reads the team's members, handovers, a previous owner's unpublished changes and the conflicts
R002_HANDOVERS = f"""
GRANT SELECT ON team_members, team_handovers, team_pending_changes, team_conflicts, team_schema_migrations
    TO {_ALL_GROUPS};
GRANT SELECT ON SEQUENCE team_row_version TO {_ALL_GROUPS};  -- where a pull's snapshot ends
GRANT INSERT ON team_handovers TO team_director;
GRANT UPDATE (owner) ON accounts TO team_director;  -- the owner's name goes with a handover
GRANT INSERT ON team_pending_changes, team_conflicts TO {_ALL_GROUPS};
GRANT DELETE ON team_pending_changes TO {_ALL_GROUPS};

CREATE POLICY team_members_read ON team_members FOR SELECT USING (true);
CREATE POLICY team_handovers_read ON team_handovers FOR SELECT
    USING ({_DIRECTOR} OR from_role = current_user OR to_role = current_user);
CREATE POLICY team_handovers_insert ON team_handovers FOR INSERT WITH CHECK ({_DIRECTOR});
-- a previous owner leaves their changes for the new one: written by their author, merged by the owner
CREATE POLICY team_pending_changes_insert ON team_pending_changes FOR INSERT
    WITH CHECK (author = session_user);
CREATE POLICY team_pending_changes_read ON team_pending_changes FOR SELECT USING (author = session_user OR
    EXISTS (SELECT 1 FROM accounts a WHERE a.id = team_pending_changes.account_id
            AND a.owner_role = current_user));
CREATE POLICY team_pending_changes_delete ON team_pending_changes FOR DELETE USING (
    EXISTS (SELECT 1 FROM accounts a WHERE a.id = team_pending_changes.account_id
            AND a.owner_role = current_user));
CREATE POLICY team_conflicts_insert ON team_conflicts FOR INSERT WITH CHECK (found_by = session_user);
CREATE POLICY team_conflicts_read ON team_conflicts FOR SELECT
    USING (author = current_user OR found_by = current_user OR {_DIRECTOR});
"""
MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("r001_groups_and_policies", R001),
    ("r002_handovers_and_conflicts", R002_HANDOVERS),
)


def create_team(conn: Connection) -> list[str]:
    """The schema, the groups and the policies, each migration once (run as the database's owner, with
    CREATEROLE); the names of the migrations applied now (none when the team is up to date)."""
    return server_schema.migrate(conn) + server_schema.migrate(conn, MIGRATIONS)


def add_user(
    conn: Connection, user: str, password: str, groups: tuple[str, ...] = ("kam",), name: str | None = None
) -> None:
    """A LOGIN role for `user` in the given groups ("kam", "director", "admin"); an existing team user gets
    the new password and groups; `name` is how the team writes them as an account's owner ("Anna Berg",
    the user name when not given). The password reaches the server only as a SCRAM verifier."""
    from psycopg import sql

    if not _USER_NAME.fullmatch(user) or user.startswith(("pg_", "team_")):
        raise ValueError(
            f"User name {user!r}: use lower-case letters, digits and . _ @ - (up to 63), starting with a "
            "letter, not with pg_ or team_"
        )
    unknown = [g for g in groups if g not in GROUPS]
    if unknown or not groups:
        raise ValueError(f"Groups {unknown or list(groups)!r}: choose from {', '.join(GROUPS)}")
    if not password:
        raise ValueError(f"User {user!r}: the password is empty")
    verifier = conn.pgconn.encrypt_password(password.encode(), user.encode(), b"scram-sha-256").decode()
    with conn.transaction():
        existing = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = %s", (user,)).fetchone()
        if existing and existing[0]:
            raise ValueError(f"User {user!r} is a superuser of the server: not a team user")
        verb = sql.SQL("ALTER" if existing else "CREATE")
        conn.execute(
            sql.SQL("{} ROLE {} LOGIN PASSWORD {}").format(verb, sql.Identifier(user), sql.Literal(verifier))
        )
        # PostgreSQL 16 and later: the user has the group's rights but cannot act as the group itself
        only_inherit = sql.SQL(" WITH INHERIT TRUE, SET FALSE" if conn.info.server_version >= 160000 else "")
        for group in groups:
            conn.execute(
                sql.SQL("GRANT {} TO {}{}").format(
                    sql.Identifier(GROUPS[group]), sql.Identifier(user), only_inherit
                )
            )
        conn.execute(
            "INSERT INTO team_members (role_name, display_name) VALUES (%s, %s) "
            "ON CONFLICT (role_name) DO UPDATE SET display_name = EXCLUDED.display_name",
            (user, name or user),
        )
