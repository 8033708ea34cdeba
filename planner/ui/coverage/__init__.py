"""The Coverage workspace: tier cards, neglected accounts, next steps, time against value, NDR. Uses
widgets and the core."""
