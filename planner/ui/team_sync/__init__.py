"""Team mode in the window: File > Team… (connect, disconnect, status), File > Sync with team (F9) off the
UI thread, and the conflict list."""
