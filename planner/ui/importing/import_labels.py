"""The words of the import in the user's language: kinds of file, columns, why a row or file is refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.core.importing import ImportFileError, ImportRefused, Rejection, Unused

translate = QCoreApplication.translate


def kind_label(name: str) -> str:
    return {
        "accounts": translate("Import", "Accounts"),
        "products": translate("Import", "Products"),
        "holdings": translate("Import", "Products held by accounts"),
        "usage": translate("Import", "Usage per month"),
        "revenue": translate("Import", "Revenue per quarter"),
        "contacts": translate("Import", "Contacts"),
        "nps": translate("Import", "NPS answers"),
        "touches": translate("Import", "Touches (calls, meetings, visits)"),
        "signals": translate("Import", "Signals (outages, tickets, content, events, requests)"),
        "surveys": translate("Import", "Survey answers"),
        "opportunities": translate("Import", "Opportunities"),
    }.get(name, name)


def target_label(name: str) -> str:
    return {
        "key": translate("Import", "Key / external ID"),
        "name": translate("Import", "Name"),
        "domain": translate("Import", "Web domain"),
        "industry": translate("Import", "Industry"),
        "segment": translate("Import", "Segment"),
        "country": translate("Import", "Country"),
        "city": translate("Import", "City"),
        "regions": translate("Import", "Regions"),
        "employees": translate("Import", "Employees"),
        "potential_users": translate("Import", "Potential users"),
        "revenue": translate("Import", "Revenue"),
        "wallet": translate("Import", "Wallet per year"),
        "owner": translate("Import", "Owner"),
        "tier": translate("Import", "Tier (A/B/C)"),
        "notes": translate("Import", "Notes"),
        "family": translate("Import", "Product family"),
        "price": translate("Import", "Price"),
        "unit": translate("Import", "Unit"),
        "usage_metric": translate("Import", "Usage metric"),
        "expected_usage": translate("Import", "Expected usage"),
        "account": translate("Import", "Account"),
        "product": translate("Import", "Product"),
        "status": translate("Import", "Status"),
        "since": translate("Import", "Since"),
        "seats_licensed": translate("Import", "Seats licensed"),
        "seats_in_use": translate("Import", "Seats in use"),
        "renewal_date": translate("Import", "Renewal date"),
        "usage_limit": translate("Import", "Usage limit"),
        "region": translate("Import", "Region"),
        "month": translate("Import", "Month"),
        "usage": translate("Import", "Usage"),
        "expected": translate("Import", "Expected usage"),
        "active_users": translate("Import", "Active users"),
        "quarter": translate("Import", "Quarter"),
        "first_name": translate("Import", "First name"),
        "last_name": translate("Import", "Last name"),
        "email": translate("Import", "E-mail"),
        "role": translate("Import", "Role"),
        "department": translate("Import", "Department"),
        "phone": translate("Import", "Phone"),
        "influence": translate("Import", "Influence"),
        "contact": translate("Import", "Contact (e-mail)"),
        "date": translate("Import", "Date"),
        "score": translate("Import", "Score (0–10)"),
        "comment": translate("Import", "Comment"),
        "kind": translate("Import", "Kind of touch"),
        "minutes": translate("Import", "Minutes"),
        "summary": translate("Import", "Summary"),
        "next_step": translate("Import", "Next step"),
        "next_step_due": translate("Import", "Next step due"),
        "signal": translate("Import", "Kind of signal"),
        "content": translate("Import", "Content (its name)"),
        "topic": translate("Import", "Topic"),
        "detail": translate("Import", "Details"),
        "source": translate("Import", "Source"),
        "survey": translate("Import", "Survey"),
        "answered": translate("Import", "Answered (yes/no)"),
        "type": translate("Import", "Repeat, up-sell or cross-sell"),
        "stage": translate("Import", "Stage"),
        "value": translate("Import", "Value"),
        "close_date": translate("Import", "Expected close date"),
        "created": translate("Import", "Raised on"),
    }.get(name, name)


def rejection_reason(rejection: Rejection) -> str:
    text = {
        "required": translate("Import", "is empty but needed"),
        "number": translate("Import", "is not a number"),
        "negative": translate("Import", "must not be below zero"),
        "too_large": translate("Import", "is too large"),
        "whole_number": translate("Import", "must be a whole number"),
        "date": translate("Import", "is not a date"),
        "month": translate("Import", "is not a month"),
        "quarter": translate("Import", "is not a quarter"),
        "choice": translate("Import", "is not one of the allowed values"),
        "email": translate("Import", "is not an e-mail address"),
        "unknown_accounts": translate("Import", "names no account in the portfolio"),
        "unknown_products": translate("Import", "names no product in the portfolio"),
        "unknown_contacts": translate("Import", "names no contact in the portfolio"),
        "ambiguous": translate("Import", "names more than one record"),
        "read_only": translate(
            "Import", "an account of another key-account manager of your team: read-only here"
        ),
        "conflict": translate("Import", "the same record comes again with other values in row %1"),
    }.get(rejection.code, rejection.code)
    return text.replace("%1", rejection.detail)


def unused_reason(column: Unused, kind: str) -> str:
    """Why a column of the file is not imported: "empty", "the same field as column Firma" ..."""
    text = {
        "empty": translate("Import", "it is empty"),
        "duplicate": translate("Import", "the column %1 fills the same field"),
        "unassigned": translate("Import", "it is assigned to no field (it could be “%1”)"),
        "no_field": translate("Import", "it matches no field of “%1”"),
    }.get(column.reason, column.reason)
    detail = {"unassigned": target_label(column.detail), "no_field": kind_label(kind)}.get(column.reason)
    return text.replace("%1", column.detail if detail is None else detail)


def file_error(error: ImportFileError) -> str:
    """ "Kunden.csv: row 7 has 5 values, the header has 4 columns"."""
    text = {
        "missing": translate("Import", "the file does not exist"),
        "unreadable": translate("Import", "the file cannot be read"),
        "empty": translate("Import", "the file is empty"),
        "header_only": translate("Import", "the file has a header but no rows"),
        "binary": translate("Import", "this is not a text file or Excel workbook"),
        "encoding": translate("Import", "the text is not in %3; choose another encoding"),
        "ragged": translate("Import", "row %1 has %3 values, the header has %4 columns"),
        "malformed": translate("Import", "the file cannot be split into columns (%3)"),
        "duplicate_header": translate("Import", "the column %2 appears twice in the header"),
        "blank_header": translate("Import", "column %3 of the header has no name"),
        "unknown_kind": translate("Import", "the columns do not match any kind of import (%3)"),
        "missing_column": translate("Import", "the needed column “%2” is not assigned"),
        "suffix": translate("Import", "only .csv, .txt and .xlsx files can be imported"),
        "portfolio": translate(
            "Import", "this is the open portfolio (or a file beside it), not a file to import"
        ),
        "too_many_rows": translate("Import", "row %1 is beyond Excel's limit of 1,048,576 rows"),
        "too_many_columns": translate(
            "Import", "row %1 reaches column %2, beyond Excel's limit of 16,384 columns (XFD)"
        ),
        "cell_too_long": translate(
            "Import", "the cell in row %1, column %2 holds more than Excel's 32,767 characters"
        ),
        "text_too_long": translate(
            "Import", "the workbook holds a text longer than Excel's 32,767 characters for a cell"
        ),
        "too_many_cells": translate(
            "Import", "the table has more than %3 cells, more than one import takes; split the file"
        ),
        "too_large": translate(
            "Import", "the file unpacks to more than %3 MB, more than one import takes; split the file"
        ),
    }.get(error.code, str(error))
    column = target_label(error.column) if error.code == "missing_column" else error.column
    for marker, value in (
        ("%1", str(error.row)),
        ("%2", column),
        ("%3", error.detail),
        ("%4", str(error.expected)),
    ):
        text = text.replace(marker, value)
    return f"{error.path.name}: {text}"


def refusal(error: ImportRefused) -> str:
    return {
        "rejected": translate("Import", "%1 rows are rejected; fix them or import without them."),
        "unknown": translate("Import", "There is no import #%1."),
        "undone": translate("Import", "Import #%1 is already undone."),
        "not_undone": translate("Import", "Import #%1 is not undone."),
        "later": translate("Import", "Import #%1 came later; undo it first."),
        "earlier": translate("Import", "Import #%1 came earlier; redo it first."),
        "discarded": translate("Import", "Import #%1 cannot be redone: another import came after its undo."),
        "in_use": translate("Import", "Import #%1 cannot be undone: records added since use what it made."),
        "unsure": translate(
            "Import",
            "Import #%1 cannot be undone: it was made by an earlier version and records it made were deleted "
            "since, so they cannot be told from records made by hand. Nothing was changed.",
        ),
        "taken": translate(
            "Import",
            "Import #%1 cannot be redone: records added since have the ids or keys of what it makes.",
        ),
    }.get(error.code, str(error)).replace("%1", error.detail)
