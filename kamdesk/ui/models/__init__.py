"""Item models: ``QAbstractTableModel`` subclasses over plain service rows, and their proxies."""
