"""The team password in the operating system's keyring (macOS Keychain, Windows Credential Locker, the
Secret Service on Linux), never in a file or the settings: one entry per server, database and user."""

from __future__ import annotations

SERVICE = "Account Planner team"
NO_KEYRING = (
    "No keyring is usable on this computer to keep the team password ({cause}). Set the environment "
    "variable PGPASSWORD for the command, or install a keyring (on Linux: gnome-keyring or KWallet with "
    "the Secret Service, or the keyrings.alt package) and connect again."
)


class TeamPasswordUnavailable(RuntimeError):
    """The keyring cannot keep or give the password; the message says what to do instead."""


def account_name(url: str, user: str) -> str:
    """The keyring's user name of a team login: "anna@db.example.com:5432/team"."""
    from psycopg.conninfo import conninfo_to_dict

    given = conninfo_to_dict(url)
    host = str(given.get("host") or "localhost")
    port = str(given.get("port") or "5432")
    dbname = str(given.get("dbname") or user)
    return f"{user}@{host}:{port}/{dbname}"


def remember_password(url: str, user: str, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, account_name(url, user), password)
    except KeyringError as error:
        raise TeamPasswordUnavailable(NO_KEYRING.format(cause=_cause(error))) from error


def password_for(url: str, user: str) -> str | None:
    """The password kept for this login, None when none is kept."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, account_name(url, user))
    except KeyringError as error:
        raise TeamPasswordUnavailable(NO_KEYRING.format(cause=_cause(error))) from error


def forget_password(url: str, user: str) -> None:
    """Remove the kept password (nothing happens when none is kept or no keyring is usable)."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, account_name(url, user))
    except (PasswordDeleteError, KeyringError):
        pass


def _cause(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__
