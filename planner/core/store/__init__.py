"""The portfolio file: open it (store.py), the open Store and its problems (book.py), the schema and its
migrations, backups and restoring, the file kept safe (file_safety.py: no plain descriptor while connected),
the derived tables every write keeps true (score inputs, the ids an import created), reading beside a
writer. Uses nothing else of the app."""
