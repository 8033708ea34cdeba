"""The team password lives in the keyring under "Account Planner team", one entry per login; without a
usable keyring the user is told what to do instead, and nothing is written anywhere else."""

# ruff: noqa: F811  (the keyring fixtures are imported by name)
from __future__ import annotations

import pytest

from planner.core.team.secrets import (
    SERVICE,
    TeamPasswordUnavailable,
    account_name,
    forget_password,
    password_for,
    remember_password,
)
from tests.team.keyring_support import MemoryKeyring, memory_keyring, no_keyring  # noqa: F401

URL = "postgresql://anna@db.example.com:6432/sales?sslmode=require"


def test_one_entry_per_login(memory_keyring: MemoryKeyring) -> None:
    assert password_for(URL, "anna") is None
    remember_password(URL, "anna", "geheim")
    remember_password("host=db.example.com dbname=sales", "ben", "ben-pw")  # port 5432 by default
    assert memory_keyring.entries == {
        (SERVICE, "anna@db.example.com:6432/sales"): "geheim",
        (SERVICE, "ben@db.example.com:5432/sales"): "ben-pw",
    }
    assert password_for(URL, "anna") == "geheim"
    assert password_for(URL, "ben") is None  # another port: another server
    forget_password(URL, "anna")
    forget_password(URL, "anna")  # twice: nothing to forget, no error
    assert password_for(URL, "anna") is None


def test_account_name_defaults() -> None:
    # no host: libpq's local socket; no database: libpq takes the user's name
    assert account_name("postgresql:///", "dora") == "dora@localhost:5432/dora"


def test_without_a_keyring_the_user_is_told_what_to_do(no_keyring, tmp_path) -> None:
    with pytest.raises(TeamPasswordUnavailable, match="PGPASSWORD") as raised:
        remember_password(URL, "anna", "geheim")
    assert "install a keyring" in str(raised.value)
    with pytest.raises(TeamPasswordUnavailable):
        password_for(URL, "anna")
    forget_password(URL, "anna")  # disconnecting still works
