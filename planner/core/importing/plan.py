"""What an import would do, worked out before anything is written: rows to create, update, leave unchanged
and reject (each rejection with its row, column and reason).

Rows find their record by the kind's match keys (accounts: external ID, else domain, else name + country;
contacts: e-mail, else name + account; usage: account, product, month; ...), so importing the same file
twice changes nothing. A blank cell never overwrites a stored value.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from planner.core.importing.cells import AMBIGUOUS, Lookup, convert, original, reference_key
from planner.core.importing.countries import normal_country
from planner.core.importing.derived import complete
from planner.core.importing.kinds import Kind, missing_targets
from planner.core.importing.reading import ImportFileError, Sheet
from planner.core.importing.unused import Unused, unused_columns
from planner.core.store.created import ROWID
from planner.core.store.store import Store

if TYPE_CHECKING:
    import pandas as pd

MAX_LISTED = 10_000  # rejections kept with their details; all of them are counted
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Rejection:
    """A row that cannot be imported: `column` is the file's header ("" for the row as a whole)."""

    row: int
    column: str
    code: str  # required, number, negative, too_large, whole_number, date, month, quarter, choice, email,
    #  unknown_accounts, unknown_products, unknown_contacts, ambiguous, conflict, read_only
    value: str = ""
    detail: str = ""  # conflict: the other row's number


@dataclass
class Plan:
    sheet: Sheet
    kind: Kind
    mapping: dict[str, str]  # target name -> header
    creates: pd.DataFrame  # stored columns of new records
    updates: pd.DataFrame  # ROWID + stored columns to set (None/NaN: leave as is)
    unchanged: int
    rejected: int  # rows
    rejections: list[Rejection] = field(default_factory=list)  # the first MAX_LISTED
    unused: list[Unused] = field(default_factory=list)  # the file's columns not imported, and why

    @property
    def created(self) -> int:
        return len(self.creates)

    @property
    def updated(self) -> int:
        return len(self.updates)

    def summary(self) -> str:
        return summary(self.created, self.updated, self.unchanged, self.rejected)


def summary(created: int, updated: int, unchanged: int, rejected: int) -> str:
    """The counts of a plan or an import, in the words of the log and the command line."""
    return f"created {created:,}, updated {updated:,}, unchanged {unchanged:,}, rejected {rejected:,}"


def plan_import(
    store: Store, sheet: Sheet, kind: Kind, mapping: Mapping[str, str], progress: Progress | None = None
) -> Plan:
    """Work out importing `sheet` as `kind` by `mapping`; ImportFileError when a required column is absent"""
    import pandas as pd

    mapping = {t: h for t, h in mapping.items() if h in sheet.headers}
    missing = missing_targets(kind, mapping)
    if missing:
        raise ImportFileError(sheet.path, "missing_column", column=missing[0].name)
    report = progress or (lambda done, total: None)
    frame = sheet.frame
    steps = len(mapping) + 3
    data: dict[str, pd.Series] = {}
    problems: list[tuple[str, pd.Series]] = []  # header, problem codes ("" where fine)
    for step, target in enumerate(t for t in kind.targets if t.name in mapping):
        report(step, steps)
        header = mapping[target.name]
        lookup = _lookup(store, target.ref) if target.kind == "ref" else None
        values, codes = convert(target, frame[header], decimal=sheet.layout.decimal,
                                day_first=sheet.layout.day_first, lookup=lookup,
                                neutralised=not sheet.layout.excel)  # fmt: skip
        if target.required:
            missing = values.isna() if codes is None else values.isna() & (codes == "")
            if missing.any():
                codes = codes if codes is not None else pd.Series("", index=frame.index, dtype=object)
                codes[missing] = "required"
        data[target.name if not target.column else target.column] = values
        if target.original:  # the cell as typed, where the stored value differs (a country's name)
            data[target.original] = original(frame[header], values, not sheet.layout.excel)
        if codes is not None:
            problems.append((header, codes))
    _join_name_parts(data)
    rows = pd.DataFrame(data, index=frame.index)
    report(steps - 3, steps)
    rows = rows[~_failing(problems, frame.index)]
    existing = _existing(store, kind, rows)
    matched, several = _match(kind, rows, existing)
    for column, positions in several.items():  # the row's key names more than one stored record
        codes = pd.Series("", index=frame.index, dtype=object)
        codes[positions] = "ambiguous"
        problems.append((_header(kind, mapping, column), codes))
    rows, matched = rows[matched != SEVERAL], matched[matched != SEVERAL]
    locked = _read_only(store, kind, rows, matched)
    if locked.any():  # another team member's account, held read-only here: its owner changes it
        codes = pd.Series("", index=frame.index, dtype=object)
        codes[locked[locked].index] = "read_only"
        column = "id" if kind.table == "accounts" else "account_id"
        problems.append((_header(kind, mapping, column) or next(iter(mapping.values()), ""), codes))
        rows, matched = rows[~locked], matched[~locked]
    report(steps - 2, steps)
    groups, duplicates = _duplicates(kind, rows, matched)
    keep = (groups < 0) & ~duplicates
    rows, matched = rows[keep], matched[keep]
    new = rows[matched < 0]
    unnamed = _unnamed(kind, new)
    creates = complete(store, kind, new[~unnamed])
    updates, unchanged = _changes(kind, rows[matched >= 0], matched[matched >= 0], existing)
    report(steps - 1, steps)
    key_header = next((h for alternative in kind.match if (h := _header(kind, mapping, alternative[0]))), "")
    rejections, rejected = _rejections(sheet, problems, groups, key_header, unnamed, mapping.get("name", ""))
    unused = unused_columns(kind, sheet.headers, frame, mapping)
    return Plan(sheet, kind, dict(mapping), creates, updates, unchanged + int(duplicates.sum()),
                rejected, rejections, unused)  # fmt: skip


def _read_only(store: Store, kind: Kind, rows: pd.DataFrame, matched: pd.Series) -> pd.Series:
    """The rows that would write to an account this book holds read-only (a team member's, team mode)."""
    import pandas as pd

    locked = {aid for (aid,) in store.query("SELECT account_id FROM team_accounts WHERE writable = 0")}
    if not locked:
        return pd.Series(False, index=rows.index)
    if kind.table == "accounts":
        accounts = matched
    elif "account_id" in rows:
        accounts = rows["account_id"]
    elif "contact_id" in rows:
        contacts = dict(store.query("SELECT id, account_id FROM contacts"))
        accounts = rows["contact_id"].map(contacts)
    else:
        return pd.Series(False, index=rows.index)
    return accounts.isin(locked)


def _failing(problems: list[tuple[str, pd.Series]], index: pd.Index) -> pd.Series:
    import pandas as pd

    bad = pd.Series(False, index=index)
    for _, codes in problems:
        bad |= codes != ""
    return bad


def _header(kind: Kind, mapping: Mapping[str, str], column: str) -> str:
    """The file's header for a stored column ("" if the file does not have it)."""
    return next((mapping.get(t.name, "") for t in kind.targets if t.column == column), "")


def _join_name_parts(data: dict[str, pd.Series]) -> None:
    """A contact's name from first and last name (HubSpot, Salesforce)."""
    first, last = data.pop("first_name", None), data.pop("last_name", None)
    if "name" in data or (first is None and last is None):
        return
    parts = [p.fillna("") for p in (first, last) if p is not None]
    name = parts[0] if len(parts) == 1 else (parts[0] + " " + parts[1]).str.strip()
    data["name"] = name.where(name != "", None)


def _lookup(store: Store, table: str) -> Lookup:
    """Reference text -> id: accounts by key, domain, name; products by key, name; contacts by e-mail, name"""
    columns = {
        "accounts": ("key", "domain", "name"),
        "products": ("key", "name"),
        "contacts": ("email", "name"),
    }
    lookup: dict[str, int] = {}
    for column in reversed(columns[table]):  # the first column wins over later ones
        seen: dict[str, int] = {}
        for record_id, value in store.query(f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL"):
            key = reference_key(value)
            seen[key] = AMBIGUOUS if key in seen and seen[key] != record_id else record_id
        lookup.update(seen)
    return lookup


def _existing(store: Store, kind: Kind, rows: pd.DataFrame) -> pd.DataFrame:
    """The stored records the rows may match, with their rowid."""
    import pandas as pd

    columns = sorted({c for alt in kind.match for c in alt} | {c for c in rows.columns if c in _stored(kind)})
    sql = f"SELECT rowid AS {ROWID}, {', '.join(columns)} FROM {kind.table}"
    if "account_id" in columns and kind.table != "accounts" and len(rows):
        accounts = sorted({int(a) for a in rows["account_id"].dropna().unique()})
        if len(accounts) < 900:
            sql += f" WHERE account_id IN ({', '.join(map(str, accounts))})"
    return pd.read_sql_query(sql, store.conn)


def _stored(kind: Kind) -> set[str]:
    return {t.column for t in kind.targets if t.column} | {t.original for t in kind.targets if t.original}


SEVERAL = -2  # matched: the row's key names more than one stored record


def _match(kind: Kind, rows: pd.DataFrame, existing: pd.DataFrame) -> tuple[pd.Series, dict[str, pd.Index]]:
    """The rowid of the stored record each row updates (-1 for a new one, SEVERAL), and the rows whose key
    names several records, by the stored column the key starts with."""
    import pandas as pd

    matched = pd.Series(-1, index=rows.index, dtype="int64")
    several: dict[str, pd.Index] = {}
    if existing.empty or rows.empty:
        return matched, several
    for alternative in _alternatives(kind, rows):
        need = (matched == -1) & rows[alternative[0]].notna()
        if not need.any():
            continue
        left = _keys(kind, rows.loc[need, list(alternative)])
        right = _keys(kind, existing[list(alternative)])
        right[ROWID] = existing[ROWID].to_numpy()
        right = right.dropna(subset=[alternative[0]])
        right.loc[right.duplicated(subset=list(alternative), keep=False), ROWID] = SEVERAL
        right = right.drop_duplicates(subset=list(alternative))
        found = left.reset_index().merge(right, on=list(alternative), how="left").set_index("index")[ROWID]
        found = found.dropna().astype("int64")
        matched[found.index] = found
        if (found == SEVERAL).any():
            several[alternative[0]] = found.index[found == SEVERAL]
    return matched, several


def _alternatives(kind: Kind, rows: pd.DataFrame) -> list[tuple[str, ...]]:
    """The match keys the file can use: the first column must be in it; a missing second one is left out."""
    usable = []
    for alternative in kind.match:
        if alternative[0] in rows.columns:
            usable.append(tuple(c for c in alternative if c in rows.columns))
    return usable


def _keys(kind: Kind, frame: pd.DataFrame) -> pd.DataFrame:
    """Match keys: names, keys and e-mails without case or extra spaces; ids as floats; periods as is."""
    import pandas as pd

    folded = {t.column for t in kind.targets if t.kind in ("text", "email", "domain", "list", "country")}
    countries = {t.column for t in kind.targets if t.kind == "country"}  # "Deutschland" stored finds "DE"
    numbers = {t.column for t in kind.targets if t.kind in ("ref", "int", "real", "money")}
    out = {}
    for column in frame.columns:
        values = frame[column]
        if column in folded:
            codes, distinct = pd.factorize(values)
            normal = normal_country if column in countries else str
            text = pd.Series([reference_key(normal(v)) for v in distinct] + [None], dtype=object)
            keys = pd.Series(text.to_numpy()[codes], index=frame.index, dtype=object)
            out[column] = keys.fillna("") if len(frame.columns) > 1 else keys
        else:
            numeric = values.dtype.kind in "iuf" or column in numbers  # a column of NULLs reads as None
            out[column] = values.astype(float) if numeric else values
    return pd.DataFrame(out, index=frame.index)


def _identity(kind: Kind, rows: pd.DataFrame, matched: pd.Series) -> pd.DataFrame:
    """What a row stands for: the stored record it matched, or the match key of a new one."""
    alternatives = _alternatives(kind, rows)
    key = _keys(kind, rows[list(alternatives[0])]) if alternatives else rows.iloc[:, :0].copy()
    key.loc[matched >= 0, :] = None
    key[ROWID] = matched
    return key


def _duplicates(kind: Kind, rows: pd.DataFrame, matched: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(groups, duplicates): for rows standing for the same record with different values (all rejected) the
    number of their group (-1 for the others), and repeats with the same values (imported once)."""
    import pandas as pd

    groups = pd.Series(-1, index=rows.index, dtype="int64")
    identity = _identity(kind, rows, matched)
    no_key = identity.drop(columns=[ROWID]).isna().all(axis=1) & (matched < 0)
    same_record = identity.duplicated(keep=False) & ~no_key  # blanks (NaN, None) count as equal here
    if not same_record.any():
        return groups, pd.Series(False, index=rows.index)
    group = identity[same_record].groupby(list(identity.columns), sort=False, dropna=False).ngroup()
    both = pd.concat([group.rename(ROWID), rows[same_record]], axis=1)
    repeats = both.duplicated(keep="first")
    variants = both[~repeats].groupby(ROWID).size()
    conflicting = group.isin(variants.index[variants > 1])
    groups[conflicting[conflicting].index] = group[conflicting]
    duplicates = (repeats & ~conflicting).reindex(rows.index, fill_value=False)
    return groups, duplicates


def _unnamed(kind: Kind, new: pd.DataFrame) -> pd.Series:
    """New records without what a record needs (an account's or product's name)."""
    import pandas as pd

    unnamed = pd.Series(False, index=new.index)
    for target in kind.targets:
        if target.required_new:
            unnamed |= new[target.column].isna() if target.column in new.columns else True
    return unnamed


def _changes(
    kind: Kind, rows: pd.DataFrame, matched: pd.Series, existing: pd.DataFrame
) -> tuple[pd.DataFrame, int]:
    """(updates, unchanged count) for rows that matched a stored record; keys are never overwritten."""
    import numpy as np

    columns = [c for c in rows.columns if c in _stored(kind) and c != "key"]
    stored = existing.set_index(ROWID).loc[matched.to_numpy(), columns]
    stored.index = rows.index
    changed = np.zeros(len(rows), dtype=bool)
    for column in columns:
        new, old = rows[column], stored[column]
        if new.dtype.kind == "f" or old.dtype.kind == "f":
            diff = ~np.isclose(new.astype(float), old.astype(float), rtol=0, atol=1e-9, equal_nan=False)
        else:
            diff = (new.astype(object) != old.astype(object)).to_numpy()
        changed |= new.notna().to_numpy() & diff
    updates = rows.loc[changed, columns].copy()
    updates.insert(0, ROWID, matched[changed].to_numpy())
    return updates, int((~changed).sum())


def _rejections(
    sheet: Sheet,
    problems: list[tuple[str, pd.Series]],
    groups: pd.Series,
    key_header: str,
    unnamed: pd.Series,
    name_header: str,
) -> tuple[list[Rejection], int]:
    """The first MAX_LISTED rejections in the order of rows and the file's columns, and the number of rejected
    rows."""
    column = {header: order for order, header in enumerate(sheet.headers)}.get
    found: list[tuple[int, int, Rejection]] = []
    for header, codes in problems:
        failing = codes[codes != ""]
        cells = sheet.frame[header]
        for position, code in failing.iloc[:MAX_LISTED].items():
            rejection = Rejection(sheet.row_number(position), header, str(code), cells[position].strip())
            found.append((position, column(header, -1), rejection))
    conflicting = groups[groups >= 0]
    samples: dict[int, list[int]] = {}  # group -> its first rows, for "comes again in row 7, 9"
    for position, group in conflicting.groupby(conflicting).head(4).items():
        samples.setdefault(group, []).append(sheet.row_number(position))
    for position, group in conflicting.iloc[:MAX_LISTED].items():
        row = sheet.row_number(position)
        others = ", ".join([str(r) for r in samples[group] if r != row][:3])
        found.append(
            (position, column(key_header, -1), Rejection(row, key_header, "conflict", detail=others))
        )
    for position in unnamed[unnamed].index[:MAX_LISTED]:
        rejection = Rejection(sheet.row_number(position), name_header, "required")
        found.append((position, column(name_header, -1), rejection))
    found.sort(key=lambda item: (item[0], item[1]))
    rejected = int(_failing(problems, sheet.frame.index).sum()) + len(conflicting) + int(unnamed.sum())
    return [r for _, _, r in found[:MAX_LISTED]], rejected


def cells_of(plan: Plan, row: int) -> dict[str, Any]:
    """The file's cells of one row (as the user sees them), by header; for a rejected row's details."""
    return dict(plan.sheet.frame.loc[row - plan.sheet.header_row - 1])
