"""The Portfolio workspace: the accounts, products and contacts tables, the account page, the record
form and bulk edit. Uses widgets and the core."""
