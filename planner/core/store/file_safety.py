"""The portfolio file on disk: one writing process (an OS lock), owner-only permissions, network shares.

THE RULE: no plain file descriptor on the portfolio (or its -wal/-shm) while this process has a connection
to it. Closing *any* descriptor of a file drops every POSIX lock SQLite holds on it in this process (SQLite's
"How To Corrupt An SQLite Database File", 2.2); another program may then delete the live -wal and committed
changes vanish at the next crash. So: read a header only before the first connection (`open_here` says
whether there is one), and fsync, copy, hash and restore the portfolio through SQLite. Where bytes must be
read anyway (a damaged file kept aside), `read_held` parks the descriptor until the hold ends."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

LOCK_SUFFIX = ".lock"
BACKUP_STEP_PAGES = 4096  # the backup API copies 16 MB (of 4 KB pages) per step, then reports progress
PRIVATE = 0o600  # read and write for the owner only
PRIVATE_FOLDER = 0o700
COMPANIONS = ("-wal", "-shm", "-journal")  # the files SQLite keeps beside a database
# File systems on which SQLite's WAL (shared memory between processes) must not be used.
NETWORK_FILESYSTEMS = frozenset({
    "cifs", "smb", "smb2", "smb3", "smbfs", "nfs", "nfs4", "ncpfs", "afs", "afpfs", "coda", "9p",
    "ceph", "glusterfs", "lustre", "gfs2", "ocfs2", "davfs", "webdav", "fuse.sshfs", "fuse.davfs2",
    "fuse.rclone", "fuse.glusterfs", "fuse.cephfs",
})  # fmt: skip


class FileInUse(Exception):
    """Another process has the portfolio open for writing."""

    def __init__(self, path: Path, holder: str) -> None:
        self.path = path
        self.holder = holder
        super().__init__(f"{path} is in use by {holder or 'another process'}")


class Session:
    """This process's hold on one portfolio file: the OS lock, how many Stores use it, and the work that
    runs once per hold in the background (the integrity check of a large file, the daily backup)."""

    def __init__(self, path: Path, key: tuple[int, int], fd: int) -> None:
        self.path = path
        self.users = 1
        self.checked = threading.Event()  # set once the integrity check has a result (or was not needed)
        self.damage: str | None = None  # what the check found; None when sound or not yet known
        self.background_error: str | None = None  # a background step that failed (the daily backup)
        self.stopping = threading.Event()
        self.setup = threading.Lock()  # held while the first Store checks, migrates and sets the journal
        self.ready = False  # the first Store got through that
        self.journal_mode = "wal"
        self.generation = 0  # transactions this process committed since the hold began
        self.backed_up: tuple[int, Path] | None = None  # the newest backup and the generation it holds
        self._counter = threading.Lock()
        self._key = key
        self._fd = fd
        self._thread: threading.Thread | None = None
        self._interrupt: Callable[[], None] | None = None

    def wrote(self) -> None:
        """A transaction was committed. No other process writes while we hold the file, so a backup whose
        generation is the current one is exactly the file as it is."""
        with self._counter:
            self.generation += 1

    def run_in_background(self, work: Callable[[Session], None]) -> None:
        """Run `work(self)` on a thread of its own; closing the last Store stops it at its next step."""
        thread = threading.Thread(target=self._run, args=(work,), name=f"{self.path.name} check", daemon=True)
        self._thread = thread
        thread.start()

    def on_stop(self, interrupt: Callable[[], None] | None) -> None:
        """What to call to cut the running step short when the hold ends (e.g. Connection.interrupt)."""
        self._interrupt = interrupt

    def _run(self, work: Callable[[Session], None]) -> None:
        try:
            work(self)
        except Exception as error:  # noqa: BLE001 - a background step must never take the app down
            self.background_error = f"{type(error).__name__}: {error}"
        finally:
            self.checked.set()

    @property
    def busy(self) -> bool:
        """True while the background work runs (its `background_error` is final once this is False)."""
        return self._thread is not None and self._thread.is_alive()

    def release(self) -> None:
        """One Store less; the last one stops the background work and gives the lock back."""
        with _guard:
            self.users -= 1
            if self.users > 0:
                return
            self.stopping.set()
            interrupt = self._interrupt
            if interrupt is not None:
                try:
                    interrupt()
                except Exception:  # noqa: BLE001 - the connection may already be closed
                    pass
            if self._thread is not None and self._thread is not threading.current_thread():
                self._thread.join()
            del _held[self._key]
            if self._fd >= 0:
                _unlock(self._fd)
                os.close(self._fd)


_guard = threading.Lock()
_held: dict[tuple[int, int], Session] = {}
_connected: dict[
    tuple[int, int], int
] = {}  # the portfolio file's (device, inode): Stores of this process on it
_parked: dict[tuple[int, int], list[int]] = {}  # descriptors kept open until the last of those Stores closes


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def connected(path: Path) -> tuple[int, int] | None:
    """Count a Store of this process on `path`; pass what it returns to `disconnected` when it closes."""
    key = _identity(path)
    if key is not None:
        with _guard:
            _connected[key] = _connected.get(key, 0) + 1
    return key


def disconnected(key: tuple[int, int] | None) -> None:
    if key is None:
        return
    with _guard:
        left = _connected.get(key, 0) - 1
        if left > 0:
            _connected[key] = left
            return
        _connected.pop(key, None)
        for fd in _parked.pop(key, []):  # no connection is left whose locks closing it could drop
            os.close(fd)


def open_here(path: Path) -> bool:
    """True while this process has a Store on `path`: then no plain descriptor may be opened on it."""
    key = _identity(path)
    with _guard:
        return key is not None and key in _connected


@contextmanager
def read_held(portfolio: Path, path: Path) -> Iterator[int]:
    """A read-only descriptor on `path` (the portfolio or a file beside it), for os.pread. While this process
    has a Store on `portfolio` it is not closed at the end of the block but parked until the last of them
    closes, so no lock of theirs is dropped."""
    key = _identity(portfolio)
    fd = os.open(path, os.O_RDONLY)
    try:
        yield fd
    finally:
        with _guard:
            if key is not None and key in _connected:
                _parked.setdefault(key, []).append(fd)
            else:
                os.close(fd)


def copy_held(portfolio: Path, path: Path, target: Path) -> None:
    """Copy `path` (the portfolio or a file beside it) byte for byte to a new owner-only `target`, synced,
    without dropping this process's locks on it (see read_held)."""
    with (
        read_held(portfolio, path) as fd,
        open(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE), "wb") as out,
    ):
        offset = 0
        while chunk := os.pread(fd, 1 << 20, offset):
            out.write(chunk)
            offset += len(chunk)
        out.flush()
        os.fsync(out.fileno())


def lock_path(portfolio: Path) -> Path:
    return portfolio.with_name(portfolio.name + LOCK_SUFFIX)


FULL_DISK = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})  # no room: the disk, the quota, a size limit
_BUSY = {errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK}  # held by another process


def claim(portfolio: Path) -> Session:
    """Hold `portfolio` for writing: re-entrant within this process, refused (FileInUse) to another one.

    Where the lock file cannot be made or the file system has no locks, the hold is this process's only
    and SQLite's own locking is all that keeps two writers apart."""
    try:
        fd = os.open(lock_path(portfolio), os.O_RDWR | os.O_CREAT, PRIVATE)
    except OSError:
        fd = -1
    info = os.fstat(fd) if fd >= 0 else os.stat(portfolio)
    key = (info.st_dev, info.st_ino)
    with _guard:
        session = _held.get(key)
        if session is not None:
            if fd >= 0:
                os.close(fd)
            session.users += 1
            return session
        if fd >= 0:
            try:
                _lock(fd)
            except OSError as error:
                holder = _read_holder(fd)
                os.close(fd)
                if error.errno in _BUSY:
                    raise FileInUse(portfolio, holder) from None
                fd = -1
            else:
                _write_holder(fd)
        session = Session(portfolio, key, fd)
        _held[key] = session
        return session


def held_here(portfolio: Path) -> int:
    """How many Stores of this process hold `portfolio` (0 when none)."""
    try:
        info = os.stat(lock_path(portfolio))
    except OSError:
        return 0
    with _guard:
        session = _held.get((info.st_dev, info.st_ino))
        return session.users if session else 0


if sys.platform == "win32":
    import msvcrt

    _LOCKED_BYTE = 1 << 20  # lock a byte far from the holder text, so others can still read who holds it

    def _lock(fd: int) -> None:
        os.lseek(fd, _LOCKED_BYTE, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCKED_BYTE, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # released by the OS when the process dies

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _write_holder(fd: int) -> None:
    import socket  # here, not at start-up: only a file opened for writing names its holder

    text = f"process {os.getpid()} on {socket.gethostname()}\n".encode()
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, text)
    except OSError:
        pass  # who holds it is a courtesy for the message; the lock itself is what counts


def _read_holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 200).decode(errors="replace").strip()
    except OSError:
        return ""


# --- reading, checking, syncing -----------------------------------------------------------------------------
def open_reader(path: Path, *, immutable: bool) -> sqlite3.Connection:
    """A read-only connection; `immutable` for a file no one writes (it then reads no -wal, makes no -shm)."""
    query = "mode=ro&immutable=1" if immutable else "mode=ro"
    uri = f"{path.resolve().as_uri()}?{query}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def quick_check(conn: sqlite3.Connection) -> str | None:
    """None when PRAGMA quick_check finds the file sound, else its first findings."""
    rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)")]
    return None if rows == ["ok"] else "; ".join(rows)


def pages_done(progress: Callable[[int, int], None]) -> Callable[[int, int, int], None]:
    """Connection.backup's progress(status, remaining, total) as progress(done, total)."""
    return lambda status, remaining, total: progress(total - remaining, total)


def fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY if path.is_dir() else os.O_RDWR)  # Windows flushes writable files only
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no directory handles for this)."""
    if os.name == "posix":
        try:
            fsync(folder)
        except OSError:
            pass


@contextmanager
def written_whole(final: Path) -> Iterator[Path]:
    """A new owner-only file beside `final`, under a partial name no other writer takes, for the block to
    fill. When the block ends normally the file is synced to disk and takes `final`'s name in one step
    (replacing a file there); on any error it is removed. So `final` is either as it was or the whole new
    file, never half of it; an OSError names `final`, not the partial file."""
    import secrets

    partial = final.with_name(f".{final.name[:200]}.{secrets.token_hex(4)}.partial")
    try:
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE))
        try:
            yield partial
            fsync(partial)
            os.replace(partial, final)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    except OSError as error:  # name the file the user chose
        if error.filename in (partial, str(partial)):
            error.filename, error.filename2 = str(final), None
        raise
    fsync_folder(final.parent)


def link_free(partial: Path, names: Iterable[Path]) -> Path:
    """Give the finished `partial` the first of `names` that no file has (never replacing one, even when
    another process picks a name at the same moment); return that name."""
    for name in names:
        try:
            os.link(partial, name)
        except FileExistsError:
            continue
        partial.unlink()
        fsync_folder(name.parent)
        return name
    raise FileExistsError(partial)


# --- permissions --------------------------------------------------------------------------------------------
def make_private(path: Path) -> None:
    """Owner-only permissions (0600) for the file and the SQLite files beside it, where we own them."""
    if os.name != "posix":
        return
    for candidate in (path, *(path.with_name(path.name + s) for s in COMPANIONS), lock_path(path)):
        _chmod(candidate, PRIVATE)


def make_private_folder(folder: Path) -> None:
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    if os.name == "posix":
        _chmod(folder, PRIVATE_FOLDER)


def _chmod(path: Path, mode: int) -> None:
    try:
        info = path.stat()
        if stat.S_IMODE(info.st_mode) != mode and info.st_uid == os.geteuid():
            os.chmod(path, mode)
    except OSError:
        pass  # gone, or a file system without Unix permissions (a network share): nothing more to do


# --- network shares -----------------------------------------------------------------------------------------
def on_network_share(path: Path) -> bool:
    """True when `path` lies on a network file system (SMB, NFS, ...), where WAL must not be used."""
    import subprocess  # only macOS asks a program

    try:
        if sys.platform == "win32":
            return _windows_remote(path)
        if sys.platform.startswith("linux"):
            mounts = Path("/proc/self/mounts").read_text(errors="replace")
            return filesystem_type(path, linux_mounts(mounts)) in NETWORK_FILESYSTEMS
        if sys.platform == "darwin":
            listed = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5).stdout
            return filesystem_type(path, darwin_mounts(listed)) in NETWORK_FILESYSTEMS
    except (OSError, subprocess.SubprocessError, ValueError):
        pass
    return False


def linux_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) from /proc/mounts text (spaces in paths come as \\040)."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if len(fields) >= 3:
            point = fields[1].replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")
            mounts.append((point, fields[2].lower()))
    return mounts


def darwin_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, type) from macOS `mount` output: `//user@server/share on /Volumes/share (smbfs, ...)`."""
    mounts = []
    for line in text.splitlines():
        head, _, rest = line.rpartition(" (")
        _, on, point = head.partition(" on ")
        if on and rest:
            mounts.append((point, rest.split(",")[0].strip(" )").lower()))
    return mounts


def filesystem_type(path: Path, mounts: list[tuple[str, str]]) -> str:
    """The type of the file system holding `path`: the longest mount point that contains it."""
    where = os.path.realpath(path.parent if not path.is_dir() else path)
    best, kind = "", ""
    for point, fstype in mounts:
        inside = where == point or where.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fstype
    return kind


def _windows_remote(path: Path) -> bool:
    if sys.platform != "win32":
        return False
    import ctypes

    where = os.path.realpath(path)
    if where.startswith("\\\\") and not where.startswith("\\\\?\\"):
        return True  # a UNC path: \\server\share\...
    drive = os.path.splitdrive(where)[0]
    if where.startswith("\\\\?\\UNC\\"):
        return True
    drive_remote = 4
    return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote
