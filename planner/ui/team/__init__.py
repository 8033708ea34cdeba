"""The Team workspace (issue 23): a sales director's comparison of the key-account managers' books, one row
per owner, and the handovers between them."""
