"""Each account's score inputs, stored: its active products, seats, last touch, intensity, NPS, contacts and
each active holding's usage of the account's own latest three months against the three before; and each
paying holding's peer group. Scoring 100,000 accounts then reads one row per account instead of grouping
millions of usage rows each time.

They stay true by two means. Triggers (m006, m009) mark an account as changed whenever a row its inputs come
from is written: holdings, usage updates and deletes, touches, contacts, NPS answers, a product's unit or
expected usage (new usage rows are found by their rowid, see `new_usage`). And every write transaction
(`Store.write`) recomputes the marked accounts before it commits, and all of them after a migration that
asks for it. Every window is the account's own (its latest usage month), so a newer month for one account
changes no other account's inputs. Readers still compute any account that is marked or has no row, so a
stored input is never used stale. The peer groups are kept by triggers alone.
"""

from __future__ import annotations

import sqlite3
from typing import Any

INTENSITY_MONTHS = 3  # intensity looks at the account's latest three months of usage, smoothing one odd month
# What score_inputs_month holds once every account's row is computed by these rules (it once held the book's
# latest usage month, when intensity read the book's latest months): anything else computes them all again.
INPUTS_VERSION = "own windows"
COLUMNS = (
    "held", "seats", "last_touch", "used", "intensity", "nps", "contacts", "usage_month", "usage_ratio",
    "active", "trials", "cancelled", "first_since", "trying", "detractors", "answers", "answered_on",
    "regions_bought", "region", "served", "limit_share",
)  # fmt: skip
MATRIX_COLUMNS = (*COLUMNS[:6], "trying")  # what the matrix reads; the rest: trigger rules, journey phases

# The expected usage of a usage row {u} of holding {h} of product {p}: the row's own expected value, else the
# product's expected usage, which is per seat or licence and month (times the seats licensed, else in use)
# and, for a product sold by volume, a share of the approved volume (the holding's usage limit). NULL when
# neither is known: the holding then has no expectation and does not count for intensity.
EXPECTED_SQL = (
    "coalesce({u}.expected_value, {p}.expected_usage * CASE {p}.unit WHEN 'volume' THEN {h}.usage_limit "
    "ELSE coalesce({h}.seats_licensed, {h}.seats_in_use) END)"
)


def expected_sql(usage: str = "u", holding: str = "h", product: str = "p") -> str:
    """EXPECTED_SQL for the given table aliases."""
    return EXPECTED_SQL.format(u=usage, h=holding, p=product)


# The tables, index and triggers of migration m006, one statement each (triggers hold semicolons).
M006_SCORE_INPUTS = [
    """CREATE TABLE score_inputs (
        account_id INTEGER PRIMARY KEY,
        held TEXT,  -- the active products' ids: "3,5,8"
        seats INTEGER,  -- the most seats licensed of a product sold by the seat
        last_touch TEXT,
        used INTEGER NOT NULL,  -- active holdings with usage in the latest months
        intensity REAL,  -- scoring.weighted_intensity of those holdings, NULL without an expectation
        nps REAL,  -- of the contacts' latest answers, NULL without answers
        contacts INTEGER NOT NULL,
        recent_usage REAL,  -- (dropped by m010: usage_ratio)
        earlier_usage REAL,
        active INTEGER NOT NULL,  -- holdings by status, for the journey phase
        trials INTEGER NOT NULL,
        cancelled INTEGER NOT NULL,
        first_since TEXT  -- when the first active holding began
    )""",
    "CREATE TABLE score_inputs_changed (account_id INTEGER PRIMARY KEY)",
    # the latest usage month the stored inputs were computed for ("" for a book without usage)
    "CREATE TABLE score_inputs_month (month TEXT NOT NULL)",
    "CREATE INDEX nps_answers_latest ON nps_answers(contact_id, answered_on, score)",
    # the surveys each contact answered by day: high_survey reads them account by account, nothing to sort
    "CREATE INDEX survey_responses_contact_day ON survey_responses(contact_id, answered_on)",
]

# Migration m007: what the trigger rules ask of every account, stored beside the score inputs, and the
# renewals of a quarter read from one index alone.
M007_RULE_INPUTS = [
    *(
        f"ALTER TABLE score_inputs ADD COLUMN {column}"
        for column in (
            "detractors INTEGER",  # among the contacts' latest answers (with nps), NULL without answers
            "answers INTEGER",
            "answered_on TEXT",  # the latest of those answers
            "regions_bought INTEGER",  # regions of the active holdings, NULL without one
            "region TEXT",  # the first of them
            "served INTEGER",  # the most seats in use (else licensed) of an active holding
            "limit_share REAL",  # the most of its usage limit a holding used in the (m010: own) latest month
        )
    ),
    "DROP INDEX holdings_renewal",
    "CREATE INDEX holdings_renewing ON holdings(renewal_date, status, account_id, product_id, revenue_cents)",
    "DELETE FROM score_inputs_month",  # every account's row is computed again, with the new columns
]

# Migration m009: intensity falls back on the product's expected usage (EXPECTED_SQL), so a product's expected
# usage marks its accounts too; the products each account is trying out, stored for the whitespace.
M009_EXPECTED_AND_TRIALS = [
    "ALTER TABLE score_inputs ADD COLUMN trying TEXT",  # the products in trial: "4,7", NULL without one
    "DROP TRIGGER products_unit_marks",
    """CREATE TRIGGER products_unit_marks AFTER UPDATE OF unit, expected_usage ON products BEGIN
    INSERT INTO score_inputs_changed SELECT DISTINCT account_id FROM holdings
    WHERE product_id = NEW.id AND account_id NOT IN (SELECT account_id FROM score_inputs_changed);
END""",
    "DELETE FROM score_inputs_month",  # every account's row is computed again
]

# Migration m010: time windows are the account's own (DOMAIN.md). Falling usage compares each active
# holding's monthly usage of the account's own latest three months against the three before (usage_ratio),
# and the usage limit reads the account's own latest month (usage_month), not the book's.
M010_OWN_USAGE_WINDOWS = [
    "ALTER TABLE score_inputs ADD COLUMN usage_month TEXT",  # the account's latest month with usage
    "ALTER TABLE score_inputs ADD COLUMN usage_ratio REAL",  # own_usage_sql: now / before, revenue-weighted
    "ALTER TABLE score_inputs DROP COLUMN recent_usage",  # raw sums of different units over book-wide months
    "ALTER TABLE score_inputs DROP COLUMN earlier_usage",
    "DELETE FROM score_inputs_month",  # every account's row is computed again
]

# Migration m011: intensity reads the account's own latest three months too, not the book's; the stored
# inputs are computed again (INPUTS_VERSION).
M011_OWN_INTENSITY_WINDOWS = ["DELETE FROM score_inputs_month"]

SIZE_BANDS = (50, 250, 1000, 5000)  # employees: <50, 50-249, 250-999, 1000-4999, 5000+


def band_sql(employees: str) -> str:
    """`matrix.size_band` in SQL."""
    return "(" + " + ".join(f"(coalesce({employees}, 0) >= {limit})" for limit in SIZE_BANDS) + ")"


_MARKS = {  # table: the account a row belongs to, which columns matter on update (None: no update does)
    "accounts": ("{row}.id", None),
    "holdings": ("{row}.account_id", ""),
    "usage_snapshots": ("{row}.account_id", ""),  # but not on insert: see new_usage
    "touches": ("{row}.account_id", " OF account_id, touched_on"),
    "contacts": ("{row}.account_id", " OF account_id"),
    "nps_answers": ("(SELECT account_id FROM contacts WHERE id = {row}.contact_id)", ""),
}
# The WHEN of a trigger costs next to nothing; its body, run for every row, would make a big import 2-3x
# slower. So the body runs only for an account not yet marked.
_UNMARKED = "NOT EXISTS (SELECT 1 FROM score_inputs_changed WHERE account_id = {account})"
_MARK = """
    INSERT INTO score_inputs_changed SELECT x FROM (SELECT {account} AS x)
    WHERE x IS NOT NULL AND NOT EXISTS (SELECT 1 FROM score_inputs_changed WHERE account_id = x);"""
for _table, (_account, _update_of) in _MARKS.items():
    for _event, _rows, _of in (("INSERT", ("NEW",), ""), ("UPDATE", ("OLD", "NEW"), _update_of),
                               ("DELETE", ("OLD",), "")):  # fmt: skip
        if _of is not None and (_table, _event) != ("usage_snapshots", "INSERT"):
            _accounts = [_account.format(row=row) for row in _rows]
            _when = " OR ".join(_UNMARKED.format(account=account) for account in _accounts)
            _body = "".join(_MARK.format(account=account) for account in _accounts)
            M006_SCORE_INPUTS.append(
                f"CREATE TRIGGER {_table}_{_event.lower()}_marks AFTER {_event}{_of} ON {_table}\n"
                f"WHEN {_when} BEGIN{_body}\nEND"
            )
M006_SCORE_INPUTS.append(
    """CREATE TRIGGER products_unit_marks AFTER UPDATE OF unit ON products BEGIN
    INSERT INTO score_inputs_changed SELECT DISTINCT account_id FROM holdings
    WHERE product_id = NEW.id AND account_id NOT IN (SELECT account_id FROM score_inputs_changed);
END"""
)
# The peer_revenues row of holding {h} when it is active and pays.
_PEER_ROW = f"""
    SELECT {{h}}.id, coalesce(a.segment, ''), {band_sql("a.employees")}, {{h}}.product_id, {{h}}.revenue_cents
    FROM accounts a WHERE a.id = {{h}}.account_id AND {{h}}.status = 'active' AND {{h}}.revenue_cents > 0"""
M006_SCORE_INPUTS += [
    # Each active holding that pays, with its account's segment and size band: the peer groups whose median
    # revenue values whitespace, read in the order of their index, with nothing to sort.
    """CREATE TABLE peer_revenues (
        holding_id INTEGER PRIMARY KEY, segment TEXT NOT NULL, band INTEGER NOT NULL,
        product_id INTEGER NOT NULL, revenue_cents INTEGER NOT NULL)""",
    "CREATE INDEX peer_revenues_group ON peer_revenues(segment, band, product_id, revenue_cents)",
    f"""CREATE TRIGGER holdings_insert_peers AFTER INSERT ON holdings BEGIN
    INSERT INTO peer_revenues {_PEER_ROW.format(h="NEW")};
END""",
    """CREATE TRIGGER holdings_delete_peers AFTER DELETE ON holdings BEGIN
    DELETE FROM peer_revenues WHERE holding_id = OLD.id;
END""",
    f"""CREATE TRIGGER holdings_update_peers AFTER UPDATE ON holdings BEGIN
    DELETE FROM peer_revenues WHERE holding_id = OLD.id;
    INSERT INTO peer_revenues {_PEER_ROW.format(h="NEW")};
END""",
    f"""CREATE TRIGGER accounts_update_peers AFTER UPDATE OF segment, employees ON accounts BEGIN
    UPDATE peer_revenues SET segment = coalesce(NEW.segment, ''), band = {band_sql("NEW.employees")}
    WHERE holding_id IN (SELECT id FROM holdings WHERE account_id = NEW.id);
END""",
    "INSERT INTO peer_revenues"
    + _PEER_ROW.format(h="h").replace("FROM accounts a", "FROM holdings h, accounts a"),
]


def latest_usage(
    conn: sqlite3.Connection, account_ids: list[int] | None = None
) -> dict[tuple[int, int], tuple[float, float, str]]:
    """(account, product) -> (usage, expected usage, the account's latest month) of each active holding with
    usage in its account's own latest three months, summed over the months with data: what intensity reads.
    Expected as EXPECTED_SQL (0.0 without one). Every account, or the given ones."""
    found: dict[tuple[int, int], tuple[float, float, str]] = {}
    chunks = (
        [None] if account_ids is None else [account_ids[i : i + 500] for i in range(0, len(account_ids), 500)]
    )
    for chunk in chunks:
        only = "" if chunk is None else f"AND h.account_id IN ({','.join(map(str, chunk))})"
        for account_id, product_id, used, expected, month in conn.execute(
            f"SELECT account_id, product_id, used_now, expected_now, month FROM ({holding_trends_sql(only)}) "
            "WHERE months_now > 0"
        ):
            found[(account_id, product_id)] = (used or 0.0, expected or 0.0, month)
    return found


def stored_month(conn: sqlite3.Connection) -> str | None:
    """What the stored inputs were computed by (INPUTS_VERSION when current), None before any."""
    row = conn.execute("SELECT month FROM score_inputs_month").fetchone()
    return None if row is None else str(row[0])


def new_usage(conn: sqlite3.Connection) -> int:
    """Where the usage rows a transaction adds begin: for `refresh`, read at its start.

    Usage rows are added a million at a time, and any trigger on them (even one that does nothing) makes
    that 2x slower. Their rowid, not part of their key, only grows; so the accounts of the rows from here
    on are marked by `refresh` instead. (From the last row itself: a row that replaces the last one may
    take its rowid. Updates and deletes are marked by triggers.)"""
    return int(conn.execute("SELECT coalesce(max(rowid), 0) FROM usage_snapshots").fetchone()[0])


def refresh(conn: sqlite3.Connection, usage_from: int | None = None) -> None:
    """Recompute the stored inputs of the accounts marked as changed, of all when they were computed by
    another version of the rules (`INPUTS_VERSION`, after a migration). Inside the caller's write transaction;
    `usage_from`: `new_usage` at its start."""
    if usage_from is not None:
        conn.execute(
            "INSERT INTO score_inputs_changed SELECT DISTINCT account_id FROM usage_snapshots u NOT INDEXED "
            "WHERE rowid >= ? AND NOT EXISTS "  # NOT INDEXED: along the rowids, not through an index
            "(SELECT 1 FROM score_inputs_changed c WHERE c.account_id = u.account_id)",
            (usage_from,),
        )
    if stored_month(conn) != INPUTS_VERSION:
        conn.execute("DELETE FROM score_inputs")
        conn.execute(f"INSERT INTO score_inputs (account_id, {', '.join(COLUMNS)}) {select_sql()}")
        conn.execute("DELETE FROM score_inputs_month")
        conn.execute("INSERT INTO score_inputs_month (month) VALUES (?)", (INPUTS_VERSION,))
    elif conn.execute("SELECT 1 FROM score_inputs_changed LIMIT 1").fetchone() is not None:
        marked = "IN (SELECT account_id FROM score_inputs_changed)"
        conn.execute(f"DELETE FROM score_inputs WHERE account_id {marked}")
        conn.execute(f"INSERT INTO score_inputs (account_id, {', '.join(COLUMNS)}) {select_sql(marked)}")
    else:
        return
    conn.execute("DELETE FROM score_inputs_changed")


def select_sql(only: str = "") -> str:
    """Account id and COLUMNS, computed from the book, for every account or those whose id is `only` (an SQL
    condition on an account id such as "IN (...)")."""

    def also(column: str) -> str:
        return f"AND {column} {only}" if only else ""

    of_contacts = f"AND contact_id IN (SELECT id FROM contacts WHERE account_id {only})" if only else ""
    return f"""
SELECT a.id AS account_id, h.held AS held, h.seats AS seats,
       (SELECT max(touched_on) FROM touches WHERE account_id = a.id) AS last_touch,
       coalesce(o.used, 0) AS used, o.intensity AS intensity,
       100.0 * (n.promoters - n.detractors) / n.answers AS nps,
       (SELECT count(*) FROM contacts WHERE account_id = a.id) AS contacts,
       o.usage_month AS usage_month, o.usage_ratio AS usage_ratio,
       coalesce(st.active, 0) AS active, coalesce(st.trials, 0) AS trials,
       coalesce(st.cancelled, 0) AS cancelled, st.first_since AS first_since, st.trying AS trying,
       n.detractors AS detractors, n.answers AS answers, n.answered_on AS answered_on,
       h.regions_bought AS regions_bought, h.region AS region, h.served AS served,
       o.limit_share AS limit_share
FROM accounts a
LEFT JOIN ({_HELD_SQL.format(also=also("h.account_id"))}) h ON h.account_id = a.id
LEFT JOIN ({_NPS_SQL.format(also=also("c.account_id"), of_contacts=of_contacts)}) n ON n.account_id = a.id
LEFT JOIN ({own_usage_sql(also("h.account_id"))}) o ON o.account_id = a.id
LEFT JOIN ({_STATUS_SQL.format(also=also("account_id"))}) st ON st.account_id = a.id
WHERE 1 {also("a.id")}
"""


def accounts_with(
    conn: sqlite3.Connection, account_columns: str, columns: tuple[str, ...], where: str = "",
    params: tuple[Any, ...] = (),
) -> list[tuple[Any, ...]]:  # fmt: skip
    """`account_columns` (SQL on `accounts a`, starting with a.id), then the given COLUMNS, then whether those
    were computed: for every account (or those `where` picks), stored inputs where current, else computed from
    the book (marked accounts, accounts with no row, or all when stored by another version of the rules)."""
    sql = (
        f"SELECT {account_columns}, {', '.join('s.' + c for c in columns)}, "
        "s.account_id IS NULL OR a.id IN (SELECT account_id FROM score_inputs_changed) "
        f"FROM accounts a LEFT JOIN {{inputs}} s ON s.account_id = a.id {where}"
    )
    if stored_month(conn) != INPUTS_VERSION:
        return conn.execute(sql.format(inputs=f"({select_sql()})"), params).fetchall()
    rows = conn.execute(sql.format(inputs="score_inputs"), params).fetchall()
    stale = [row[0] for row in rows if row[-1]]
    if not stale:
        return rows
    fresh = computed(conn, stale)
    picked = [COLUMNS.index(c) for c in columns]
    first = len(rows[0]) - len(columns) - 1
    return [row if not row[-1] else (*row[:first], *(fresh[row[0]][i] for i in picked), 1) for row in rows]


def current(conn: sqlite3.Connection, columns: tuple[str, ...]) -> list[tuple[Any, ...]]:
    """(account id, *columns) of every account: as stored where current, else computed from the book."""
    return [row[:-1] for row in accounts_with(conn, "a.id", columns)]


def computed(conn: sqlite3.Connection, ids: list[int]) -> dict[int, tuple[Any, ...]]:
    """COLUMNS of the given accounts, computed from the book (those whose stored inputs are not current)."""
    found: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        only = f"IN ({','.join(map(str, chunk))})"
        found.update((row[0], row[1:]) for row in conn.execute(select_sql(only)))
    return found


# Each active holding's latest month with usage (one seek in the usage key), and each account's own
# window (DOMAIN.md, "Time windows are the account's own"): the latest month of its active holdings' usage
# (m0, month) and the five before (m1..m5; m3: the last month before its latest three).
_OWN_MONTHS_SQL = """
WITH held AS MATERIALIZED (
    SELECT h.account_id, (SELECT max(period) FROM usage_snapshots u
            WHERE u.account_id = h.account_id AND u.product_id = h.product_id) AS last
    FROM holdings h WHERE h.status = 'active' {holdings}),
own AS MATERIALIZED (
    SELECT account_id, month, MONTHS
    FROM (SELECT account_id, max(last) AS month,
                 substr(max(last), 1, 4) * 12 + substr(max(last), 6, 2) - 1 AS i
          FROM held WHERE last IS NOT NULL GROUP BY account_id))
"""
_OWN_MONTHS_SQL = _OWN_MONTHS_SQL.replace("MONTHS", ", ".join(
    f"printf('%04d-%02d', (i - {back}) / 12, (i - {back}) % 12 + 1) AS m{back}" for back in range(6)
))  # fmt: skip

# Each active holding of each account with usage: its monthly usage on average over the months with data of
# the account's latest three (now) and of the three before (before): a month without data is missing, not
# zero. Its usage and expected usage (EXPECTED_SQL) summed over the months with data of the latest three
# (intensity). Its revenue weighs it; and the share of its usage limit it used in the account's latest month.
# Each holding looks its six months up in the covering index of usage by month. CROSS JOIN keeps the order:
# with the products anywhere else SQLite may scan `own` for every holding (quadratic on a big book).
_HOLDING_TRENDS_SQL = """
SELECT h.id AS holding_id, h.account_id, h.product_id, own.month AS month, own.m5 AS start,
       max(h.revenue_cents, 0) AS w,
       sum(CASE WHEN u.period > own.m3 THEN u.usage_value END) AS used_now,
       sum(CASE WHEN u.period > own.m3 THEN EXPECTED END) AS expected_now,
       avg(CASE WHEN u.period > own.m3 THEN u.usage_value END) AS now,
       avg(CASE WHEN u.period <= own.m3 THEN u.usage_value END) AS before,
       count(CASE WHEN u.period > own.m3 THEN 1 END) AS months_now,
       count(CASE WHEN u.period <= own.m3 THEN 1 END) AS months_before,
       max(CASE WHEN u.period = own.month AND h.usage_limit > 0 THEN u.usage_value / h.usage_limit END)
           AS share
FROM holdings h CROSS JOIN own ON own.account_id = h.account_id
CROSS JOIN usage_snapshots u ON u.account_id = h.account_id AND u.product_id = h.product_id
     AND u.period BETWEEN own.m5 AND own.m0
CROSS JOIN products p ON p.id = h.product_id
WHERE h.status = 'active' {holdings} GROUP BY h.id
""".replace("EXPECTED", expected_sql())


def holding_trends_sql(holdings: str) -> str:
    """_OWN_MONTHS_SQL and _HOLDING_TRENDS_SQL, one statement, for the holdings `holdings` picks (a condition
    on h.account_id)."""
    return (_OWN_MONTHS_SQL + _HOLDING_TRENDS_SQL).format(holdings=holdings)


def own_usage_sql(holdings: str) -> str:
    """Per account with usage of an active holding: its latest month (usage_month); used, its active holdings
    with usage in its own latest three months, and their intensity (`scoring.weighted_intensity` of their
    usage against expected over those months, NULL when none has an expectation); usage_ratio, the
    revenue-weighted mean (each the same when nothing is paid) over its active holdings with usage before of
    now / before (NULL without such a holding); and limit_share, the most of its usage limit a holding used in
    that month."""
    ratio = "CASE WHEN before > 0 AND now IS NOT NULL THEN now / before END"
    fill = "CASE WHEN e > 0 THEN min(max(u, 0.0) / e, 1.0) END"  # usage / expected, 0..1
    return f"""
SELECT account_id, max(month) AS usage_month, count(u) AS used,
       CASE WHEN count(f) THEN CASE WHEN total(CASE WHEN f IS NOT NULL THEN w END) > 0
           THEN total(w * f) / total(CASE WHEN f IS NOT NULL THEN w END) ELSE avg(f) END END AS intensity,
       CASE WHEN count(r) THEN CASE WHEN total(CASE WHEN r IS NOT NULL THEN w END) > 0
           THEN total(w * r) / total(CASE WHEN r IS NOT NULL THEN w END) ELSE avg(r) END END AS usage_ratio,
       max(share) AS limit_share
FROM (SELECT *, {fill} AS f FROM (
    SELECT account_id, month, w, CASE WHEN months_now THEN coalesce(used_now, 0.0) END AS u,
           CASE WHEN months_now THEN coalesce(expected_now, 0.0) END AS e, {ratio} AS r, share
    FROM ({holding_trends_sql(holdings)})))
GROUP BY account_id
"""


def holding_trends(conn: sqlite3.Connection, account_ids: list[int]) -> dict[int, list[tuple[Any, ...]]]:
    """By account: (product id, latest month, first month, now, before, months now, months before, revenue
    weight) of each active holding with usage in its own window, for the few accounts a rule fires for."""
    found: dict[int, list[tuple[Any, ...]]] = {}
    for start in range(0, len(account_ids), 500):
        only = f"IN ({','.join(map(str, account_ids[start : start + 500]))})"
        sql = holding_trends_sql(f"AND h.account_id {only}")
        for row in conn.execute(
            "SELECT account_id, product_id, month, start, now, before, months_now, months_before, w "
            f"FROM ({sql}) ORDER BY account_id, holding_id"
        ):
            found.setdefault(row[0], []).append(row[1:])
    return found


# An account's holdings by status and when its first active one began (journey phases).
_STATUS_SQL = """
SELECT account_id, sum(status = 'active') AS active, sum(status = 'trial') AS trials,
       sum(status = 'cancelled') AS cancelled, min(CASE WHEN status = 'active' THEN since END) AS first_since,
       group_concat(CASE WHEN status = 'trial' THEN product_id END) AS trying
FROM holdings WHERE 1 {also} GROUP BY account_id
"""


# An account's active products ("3,5,8"), the most seats of a product sold by the seat, the regions it buys
# in and the most seats in use of one product.
_HELD_SQL = """
SELECT h.account_id, group_concat(h.product_id) AS held,
       max(CASE WHEN p.unit = 'seat' THEN coalesce(h.seats_licensed, 0) END) AS seats,
       count(DISTINCT h.region) AS regions_bought, min(h.region) AS region,
       max(coalesce(h.seats_in_use, h.seats_licensed, 0)) AS served
FROM holdings h JOIN products p ON p.id = h.product_id WHERE h.status = 'active' {also}
GROUP BY h.account_id
"""


# Each account's promoters, detractors and answers among its contacts' latest answers (all answers of a
# contact's latest day).
_NPS_SQL = """
SELECT c.account_id, sum(n.score >= 9) AS promoters, sum(n.score <= 6) AS detractors, count(*) AS answers,
       max(n.answered_on) AS answered_on
FROM nps_answers n JOIN contacts c ON c.id = n.contact_id
JOIN (SELECT contact_id, max(answered_on) AS day FROM nps_answers WHERE 1 {of_contacts} GROUP BY contact_id) l
     ON l.contact_id = n.contact_id AND l.day = n.answered_on
WHERE 1 {also} GROUP BY c.account_id
"""
