"""The Matrix workspace: the matrix and the board show the same scores, read from the portfolio once."""

from __future__ import annotations

import planner.core.matrix.matrix as matrix
from planner.ui.matrix.matrix_workspace import MatrixWorkspace
from planner.ui.widgets.editing import Editor


def test_matrix_and_board_read_the_scores_once_and_again_after_a_change(qtbot, demo_store, monkeypatch):
    reads = []
    real = matrix.matrix_points
    monkeypatch.setattr(matrix, "matrix_points", lambda store: reads.append(1) or real(store))
    editor = Editor(demo_store)
    workspace = MatrixWorkspace(editor)
    qtbot.addWidget(workspace)
    workspace.resize(1200, 800)
    workspace.show()
    qtbot.waitExposed(workspace)
    workspace.tabs.setCurrentWidget(workspace.board)
    assert len(reads) == 1
    assert len(workspace.board.points) == len(workspace.matrix.points) == 300
    editor.changed.emit(frozenset({"holdings"}))
    workspace.tabs.setCurrentWidget(workspace.matrix)
    assert len(reads) == 2, "a change is read once more, not once per view"
