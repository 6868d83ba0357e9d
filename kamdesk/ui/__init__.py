"""Qt widgets, item models, dialogs and undo commands. No SQL and no Session here."""
