"""Team mode in the window (issue 9): connecting to a server, publishing, taking offline."""
