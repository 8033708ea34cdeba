"""The main window: workspace navigation, the workspaces, menus and the status bar."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from planner.core.store.store import Store, open_portfolio
from planner.ui.portfolio.portfolio_view import PortfolioView, as_account_page
from planner.ui.shell.daily_backup import DailyBackups
from planner.ui.shell.file_menu import PortfolioFiles
from planner.ui.shell.help_menu import HelpActions
from planner.ui.shell.lazy_workspace import LazyWorkspace
from planner.ui.shell.my_accounts import MyAccounts
from planner.ui.shell.nav_history import NavHistory
from planner.ui.shell.portfolio_start import PortfolioStart
from planner.ui.shell.view_state import restore_window, save_window
from planner.ui.widgets import file_dialogs, icons, notice
from planner.ui.widgets.editing import Editor
from planner.ui.widgets.settings import Settings
from planner.ui.widgets.tasks import Progress, Task, worker_pool

if TYPE_CHECKING:  # the workspaces, the import and export windows load when first used, not at start-up
    from planner.ui.coverage.coverage_view import CoverageView
    from planner.ui.growth.growth_workspace import GrowthWorkspace
    from planner.ui.importing.import_dialog import ImportDialog
    from planner.ui.importing.import_history import ImportHistoryDialog
    from planner.ui.matrix.matrix_workspace import MatrixWorkspace
    from planner.ui.moments.moments_workspace import MomentsWorkspace
    from planner.ui.portfolio.signal_form import SignalDialog
    from planner.ui.qbr.qbr_workspace import QbrWorkspace
    from planner.ui.team.team_workspace import TeamWorkspace
    from planner.ui.widgets.touch_dialog import TouchDialog

IMPORTABLE = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm")  # planner.core.importing.SUFFIXES, without loading it


_windows: set[MainWindow] = set()  # the open windows: a window nobody refers to would be collected


class MainWindow(QMainWindow):
    """One portfolio in one window. Workspaces are registered in `_workspaces`; Portfolio comes first.
    `settings` keeps geometry, list columns and recent files (default: in memory); a window that
    `owns_store` closes the portfolio when it closes."""

    first_painted = Signal()

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, settings: Settings | None = None,
        owns_store: bool = False, tiers_after_paint: bool = False,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.store = store
        self.settings = settings or Settings.memory()
        self.owns_store = owns_store
        self.setWindowIcon(icons.icon("app"))
        self.resize(1280, 800)

        self.editor = Editor(store, self)
        self.editor.saved.connect(lambda what: notice.saved(self, what))  # "Saved: …" in the status bar
        self.editor.imported.connect(lambda record: notice.imported(self, record))
        self.daily_backups = DailyBackups(self)
        self.portfolio = PortfolioView(self.editor, self, tiers_after_paint=tiers_after_paint)
        self.portfolio.first_painted.connect(self.first_painted)
        self.portfolio.counts_changed.connect(self.refresh_summary)
        self.portfolio.qbr_requested.connect(self.open_qbr)
        self.portfolio.new_qbr_requested.connect(self.plan_qbr)

        self.navigation = QListWidget(self)
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(180)
        self.navigation.setObjectName("navigation")
        self.stack = QStackedWidget(self)
        self.workspaces: dict[str, QWidget] = {}
        self.start = PortfolioStart(self, self.portfolio)  # the first-run page while the book is empty
        self.start.first_painted.connect(self.first_painted)
        self._add_workspace("portfolio", self.tr("Portfolio"), "portfolio", self.start)
        self._add_workspace("matrix", self.tr("Matrix"), "matrix", LazyWorkspace(self._matrix, self))
        self._add_workspace("moments", self.tr("Moments"), "moments", LazyWorkspace(self._moments, self))
        self._add_workspace("coverage", self.tr("Coverage"), "coverage", LazyWorkspace(self._coverage, self))
        self._add_workspace("qbrs", self.tr("QBRs"), "qbrs", LazyWorkspace(self._qbrs, self))
        self._add_workspace("growth", self.tr("Growth"), "growth", LazyWorkspace(self._growth, self))
        self._add_workspace("team", self.tr("Team"), "team", LazyWorkspace(self._team, self))
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.summary_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.summary_label)
        self.refresh_summary()
        self.my_accounts = MyAccounts(self)  # "Only my accounts" for every workspace, kept for the next start
        self.actions_by_name["my_accounts"] = self.my_accounts.add_to(self.view_menu)
        self.toolbar.addAction(self.my_accounts.action)
        from planner.ui.tasks.tasks_dock import TasksDock  # the list itself loads when first shown

        self.tasks_dock = TasksDock(self.editor, self.settings, self)  # View > My tasks (Ctrl+T)
        self.tasks_dock.account_opened.connect(self.open_account)
        self.actions_by_name["my_tasks"] = self.tasks_dock.add_to(self.view_menu)
        self.first_painted.connect(self.tasks_dock.after_first_paint)  # the reminder, once the window shows
        self.history = NavHistory(self)  # View > Back / Forward (Alt+Left / Alt+Right)
        back, forward = self.history.add_to(self.view_menu)
        self.actions_by_name.update({"back": back, "forward": forward})
        title = self.tr("%1 — Account Planner").replace("%1", store.name)
        if store.readonly:
            title += " " + self.tr("[read-only]")
        self.setWindowTitle(title)
        self.setWindowFilePath(str(store.path))
        self.setAcceptDrops(True)
        self._import_queue: list[Path] = []
        self.import_dialog: ImportDialog | None = None
        self.touch_dialog: TouchDialog | None = None  # the latest quick log opened
        self.signal_dialog: SignalDialog | None = None  # the latest signal logged from anywhere
        restore_window(self, self.settings)
        self.settings.add_recent(store.path)

    def reload(self) -> None:
        """Read the book again after a change made elsewhere (an import, the demo generator)."""
        from planner.core.store.schema import TABLES

        self.editor.undo_stack.clear()  # the steps before it no longer match the file
        self.portfolio.reload()
        self.editor.changed.emit(frozenset(TABLES))  # every other view reads again when shown

    def warn_damaged(self, text: str) -> None:
        """The integrity check of a big file, run after the window showed, found damage."""
        QMessageBox.warning(
            self, self.tr("The portfolio is damaged"),
            text + "\n\n" + self.tr("Changes cannot be saved. Use File > Restore from backup."),
        )  # fmt: skip

    def fill_with_demo(self) -> Task[None]:
        """Write the demo book into this (empty) portfolio off the UI thread, then show it."""
        path = self.store.path

        def work(progress: Progress) -> None:
            from planner.core.demo import generate

            writer = open_portfolio(path)  # the worker thread writes through its own connection
            try:
                generate(writer, progress=progress.report)
            finally:
                writer.close()

        task: Task[None] = Task(self, work, self.tr("Creating the demo portfolio…"))
        return task.success(lambda _: self.reload()).run()

    def keep(self) -> None:
        """Keep this window until it closes (it is deleted then)."""
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _windows.add(self)
        self.destroyed.connect(lambda: _windows.discard(self))

    def replaced_by(self, store: Store) -> MainWindow:
        """A new window for `store` (another portfolio, or the same one in another language) in the place
        of this one, which closes; its geometry and list columns carry over."""
        save_window(self, self.settings)
        same = store is self.store
        window = MainWindow(
            store,
            settings=self.settings,
            owns_store=self.owns_store if same else True,
            tiers_after_paint=True,
        )
        if same:
            self.owns_store = False  # the new window closes it now
        window.keep()
        window.show()
        self.close()
        return window

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing stops running work at its next step; its transaction rolls back, nothing half-written."""
        save_window(self, self.settings)
        for task in self.findChildren(Task):
            task.cancel()
        worker_pool().waitForDone()
        super().closeEvent(event)
        if self.owns_store:
            self.store.close()

    # --- the workspaces, built when first shown ---------------------------------------------------------
    def _matrix(self, parent: QWidget) -> MatrixWorkspace:
        from planner.ui.matrix.matrix_workspace import MatrixWorkspace

        workspace = MatrixWorkspace(self.editor, parent)
        workspace.account_opened.connect(self.open_account)
        return workspace

    def _moments(self, parent: QWidget) -> MomentsWorkspace:
        from planner.ui.moments.moments_workspace import MomentsWorkspace

        workspace = MomentsWorkspace(self.editor, parent)
        workspace.account_opened.connect(self.open_account)
        return workspace

    def _coverage(self, parent: QWidget) -> CoverageView:
        from planner.ui.coverage.coverage_view import CoverageView

        view = CoverageView(self.editor, parent)
        view.account_opened.connect(self.open_account)
        return view

    def _qbrs(self, parent: QWidget) -> QbrWorkspace:
        from planner.ui.qbr.qbr_workspace import QbrWorkspace

        workspace = QbrWorkspace(self.editor, parent)
        workspace.account_opened.connect(self.open_account)
        return workspace

    def _growth(self, parent: QWidget) -> GrowthWorkspace:
        from planner.ui.growth.growth_workspace import GrowthWorkspace

        workspace = GrowthWorkspace(self.editor, parent)
        workspace.account_opened.connect(self.open_account)
        return workspace

    def _team(self, parent: QWidget) -> TeamWorkspace:
        from planner.ui.team.team_workspace import TeamWorkspace

        workspace = TeamWorkspace(self.editor, parent)
        workspace.account_opened.connect(self.open_account)
        workspace.owner_opened.connect(self.show_owner_accounts)
        return workspace

    def show_owner_accounts(self, owner: str) -> None:
        """From the Team workspace: the Portfolio's accounts filtered by the owner's name."""
        with self.history.one_step():
            self.show_workspace("portfolio")
            self.portfolio.tabs.setCurrentWidget(self.portfolio.accounts)
            self.portfolio.accounts.filter_edit.setText(owner)

    @property
    def team(self) -> TeamWorkspace:
        return self.workspaces["team"].get()  # type: ignore[attr-defined]

    @property
    def growth(self) -> GrowthWorkspace:
        return self.workspaces["growth"].get()  # type: ignore[attr-defined]

    @property
    def qbrs(self) -> QbrWorkspace:
        return self.workspaces["qbrs"].get()  # type: ignore[attr-defined]

    @property
    def matrix(self) -> MatrixWorkspace:
        return self.workspaces["matrix"].get()  # type: ignore[attr-defined]

    @property
    def moments(self) -> MomentsWorkspace:
        return self.workspaces["moments"].get()  # type: ignore[attr-defined]

    @property
    def coverage(self) -> CoverageView:
        return self.workspaces["coverage"].get()  # type: ignore[attr-defined]

    def front(self) -> str:
        """The key of the workspace in front."""
        return list(self.workspaces)[self.stack.currentIndex()]

    def _add_workspace(self, key: str, title: str, icon_name: str, widget: QWidget) -> None:
        item = QListWidgetItem(icons.icon(icon_name), title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.navigation.addItem(item)
        # in a scroll area: on a small screen or at 150 % a workspace wider or taller than the window scrolls
        # instead of pushing the window (and its buttons) beyond the screen
        area = QScrollArea(self.stack)
        area.setObjectName(f"workspace_area_{key}")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(widget)
        self.stack.addWidget(area)
        self.workspaces[key] = widget

    def show_workspace(self, key: str) -> None:
        self.navigation.setCurrentRow(list(self.workspaces).index(key))

    def open_qbr(self, qbr_id: int) -> None:
        """From an account page: the QBR in the QBR workspace's form."""
        self.show_workspace("qbrs")
        self.qbrs.open_qbr(qbr_id)

    def plan_qbr(self, account_id: int) -> None:
        """From an account page: a new QBR of the account in the QBR workspace's form (not saved yet)."""
        self.show_workspace("qbrs")
        self.qbrs.plan(account_id)

    def open_account(self, account_id: int) -> None:
        """From any workspace: the account's page in the Portfolio."""
        with self.history.one_step():  # Alt+Left goes back to where it was opened from
            self.show_workspace("portfolio")
            self.portfolio.open_account(account_id)

    def focus_search(self) -> None:
        """Ctrl+F searches in the workspace in front."""
        if self.front() == "matrix":
            self.matrix.focus_search()
        elif self.front() == "moments":
            self.moments.focus_search()
        else:
            self.portfolio.focus_filter()

    # --- the quick log -------------------------------------------------------------------------------------
    def current_account_id(self) -> int | None:
        """The account in front: its page, the one account selected in the list, or the moment's account."""
        front = self.front()
        if front == "portfolio":
            page = self.portfolio.tabs.currentWidget()
            shown = as_account_page(page)
            if shown is not None:
                return shown.account_id
            ids = self.portfolio.accounts.selected_ids() if page is self.portfolio.accounts else []
            return ids[0] if len(ids) == 1 else None
        if front == "moments" and self.moments.tabs.currentWidget() is self.moments.inbox:
            moment = self.moments.inbox.current()
            return moment.account_id if moment is not None else None
        return None

    def log_touch(self) -> TouchDialog:
        """Ctrl+L from anywhere: the quick log, with the account in front chosen already."""
        from planner.ui.widgets.touch_dialog import TouchDialog

        dialog = TouchDialog(self.editor, self, account_id=self.current_account_id())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signal_instead.connect(self.log_signal)
        self.touch_dialog = dialog
        dialog.open()
        return dialog

    def log_signal(self, account_id: int | None = None) -> SignalDialog:
        """Ctrl+Shift+L from anywhere: log what you heard about the account in front (or `account_id`); on its
        page the signal shows in the Signals tab once saved."""
        from planner.ui.portfolio.signal_form import SignalDialog

        chosen = account_id if account_id is not None else self.current_account_id()
        page = as_account_page(self.portfolio.tabs.currentWidget()) if self.front() == "portfolio" else None
        if page is not None and page.account_id == chosen:
            dialog = page.log_signal()
        else:
            dialog = SignalDialog(self.editor, self, account_id=chosen)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        self.signal_dialog = dialog
        return dialog

    # --- import and export --------------------------------------------------------------------------------
    @staticmethod
    def importable(paths: list[Path]) -> list[Path]:
        return [p for p in paths if p.suffix.lower() in IMPORTABLE]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if self.importable(paths) and not self.store.readonly:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if self.importable(paths):
            event.acceptProposedAction()
            self.import_files(paths)

    def import_files(self, paths: list[Path]) -> ImportDialog | None:
        """Preview and import the files one after another; files of other types are named and left out."""
        skipped = [p.name for p in paths if p not in self.importable(paths)]
        if skipped:
            text = self.tr("Only .csv, .txt and .xlsx files can be imported; left out: %1")
            QMessageBox.information(self, self.tr("Import"), text.replace("%1", ", ".join(skipped)))
        self._import_queue.extend(self.importable(paths))
        if self.import_dialog is None:
            self._next_import()
        return self.import_dialog

    def _next_import(self) -> None:
        self.import_dialog = None
        if not self._import_queue:
            return
        from planner.ui.importing.import_dialog import ImportDialog

        dialog = ImportDialog(self.editor, self._import_queue.pop(0), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _: self._next_import())
        self.import_dialog = dialog
        dialog.open()
        dialog.start()

    def choose_import(self) -> None:
        filters = self.tr("Tables (*.csv *.txt *.xlsx);;All files (*)")
        paths = file_dialogs.open_files(self, "import", self.tr("Import"), filters)
        if paths:
            self.import_files(paths)

    def show_import_history(self) -> ImportHistoryDialog:
        from planner.ui.importing.import_history import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.editor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save_import_templates(self) -> QWidget:
        """File > Import templates: an example file per kind of data, in German or English."""
        from planner.ui.widgets.templates_dialog import open_templates_dialog

        return open_templates_dialog(self)

    def export_current(self) -> Path | None:
        from planner.ui.widgets.export_view import export_view

        name = self.portfolio.current_list() or "accounts"
        self.portfolio.tabs.setCurrentWidget(self.portfolio.lists[name])
        title = self.portfolio.tabs.tabText(self.portfolio.tabs.currentIndex())
        return export_view(self, self.portfolio.lists[name], title)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.files = PortfolioFiles(self)
        self.actions_by_name = self.files.add_to(file_menu)
        file_menu.addSeparator()
        self._add_actions(file_menu, (
            ("import", self.tr("&Import…"), QKeySequence("Ctrl+I"), self.choose_import),
            ("import_history", self.tr("Import &history…"), None, self.show_import_history),
            ("import_templates", self.tr("Import &templates…"), None, self.save_import_templates),
            ("export", self.tr("&Export this list…"), QKeySequence("Ctrl+E"), self.export_current),
        ))  # fmt: skip
        self.actions_by_name["import"].setEnabled(not self.store.readonly)
        file_menu.addSeparator()
        self.help = HelpActions(self)
        help_menu = QMenu(self.tr("&Help"), self)
        self.actions_by_name.update(self.help.add_to(help_menu))
        file_menu.addAction(self.actions_by_name["settings"])
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self._build_edit_menu()
        self._build_view_menu()
        self._build_toolbar()
        self.menuBar().addMenu(help_menu)

    def _build_view_menu(self) -> None:
        """A workspace each, Ctrl+1 to Ctrl+7 from any focus (the menu lists the keys)."""
        menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu = menu
        for number, key in enumerate(self.workspaces, 1):
            item = self.navigation.item(number - 1)
            action = QAction(item.text() if item is not None else key, self)
            action.setObjectName(f"workspace_{key}")
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _=False, chosen=key: self.show_workspace(chosen))
            menu.addAction(action)
            self.actions_by_name[f"workspace_{key}"] = action

    def _build_edit_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu = menu
        undo = self.editor.undo_stack.createUndoAction(self, self.tr("Undo:"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.editor.undo_stack.createRedoAction(self, self.tr("Redo:"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        # Ctrl+Y where the platform lacks it; twice (Windows has it) it would be ambiguous and do nothing
        redo.setShortcuts(redo_keys + [QKeySequence("Ctrl+Y")] * (QKeySequence("Ctrl+Y") not in redo_keys))
        menu.addAction(undo)
        menu.addAction(redo)
        menu.addSeparator()
        view = self.portfolio
        self.actions_by_name.update({"undo": undo, "redo": redo})
        self._add_actions(menu, (
            ("new", self.tr("&New…"), QKeySequence.StandardKey.New, view.new_record),
            ("delete", self.tr("&Delete…"), QKeySequence.StandardKey.Delete, view.delete_selection),
            ("bulk_edit", self.tr("&Bulk edit accounts…"), QKeySequence("Ctrl+Shift+E"), view.bulk_edit),
            ("erase", self.tr("&Erase contact (data protection)…"), None, view.erase_contact),
            ("find", self.tr("&Find"), QKeySequence.StandardKey.Find, self.focus_search),
        ))  # fmt: skip

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Toolbar"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        log = QAction(self.tr("Log a touch"), self)
        log.setShortcut(QKeySequence("Ctrl+L"))
        log.setToolTip(self.tr("Log a call, meeting, e-mail, visit, QBR or note (Ctrl+L)"))
        log.triggered.connect(self.log_touch)
        log.setEnabled(not self.store.readonly)
        toolbar.addAction(log)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(log)
        self.actions_by_name["log_touch"] = log
        signal = QAction(self.tr("Log a signal"), self)
        signal.setShortcut(QKeySequence("Ctrl+Shift+L"))
        signal.setToolTip(
            self.tr("Log what you heard: an outage, a ticket, a request, an event, ... (Ctrl+Shift+L)")
        )
        signal.triggered.connect(lambda: self.log_signal())
        signal.setEnabled(not self.store.readonly)
        toolbar.addAction(signal)
        self.edit_menu.addAction(signal)
        self.actions_by_name["log_signal"] = signal

    def _add_actions(self, menu: QMenu, entries: Iterable[tuple[str, str, Any, Callable[[], Any]]]) -> None:
        """Menu entries (name, text, shortcut or None, slot), also kept in `actions_by_name`."""
        for name, text, keys, slot in entries:
            action = QAction(text, self)
            action.setObjectName(name)  # views find the window's actions by name (an empty state's import)
            if keys is not None:
                action.setShortcut(keys)
            action.triggered.connect(slot)
            menu.addAction(action)
            self.actions_by_name[name] = action

    def refresh_summary(self) -> None:
        accounts = self.store.count("accounts")
        locale = QLocale()
        products = self.store.count("products")
        contacts = self.store.count("contacts")
        text = self.tr("%1 · %2 accounts · %3 products · %4 contacts")
        for n, value in enumerate(
            (
                self.store.name,
                locale.toString(accounts),
                locale.toString(products),
                locale.toString(contacts),
            ),
            start=1,
        ):
            text = text.replace(f"%{n}", str(value))
        if self.store.readonly:
            text = self.tr("Read-only") + " · " + text
        self.summary_label.setText(text)
        self.summary_label.setToolTip(str(self.store.path))
