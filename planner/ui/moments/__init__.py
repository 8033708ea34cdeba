"""The Moments workspace: the inbox, the opportunity board, the journey map, NPS x account value. Uses
widgets and the core."""
