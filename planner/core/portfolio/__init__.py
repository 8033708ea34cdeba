"""The records of the portfolio: accounts, products and contacts as lists, one account's page, records
made, changed and deleted as undoable changes, touches, erasing a person, writing tables to CSV/XLSX.
Uses the matrix (tiers, scores) and the store."""
