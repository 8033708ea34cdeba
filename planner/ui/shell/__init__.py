"""The application around the features: start-up, the main window and its menus, settings, the manual,
backups and problems opening a file, the self-test and screenshots. May use every feature and widgets."""
