"""The consolidated book (issue 23): a sales director's view of the team's accounts by owner, and the
handovers between key-account managers. Every figure is the one the matrix and coverage give for that owner's
accounts ("one core, two stores"). Uses coverage, matrix and store."""
