"""Write a new Alembic revision by comparing the models with a database at the latest schema.

    python tools/new_migration.py "add version column"

Review the generated file in kamdesk/store/migrations/versions/ before committing it: keep it
free of imports from kamdesk (a migration must not change when the models change later).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alembic import command

from kamdesk.model import Base
from kamdesk.store.migrate import alembic_config, migrate
from kamdesk.store.portfolio import make_engine


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(Path(folder) / "schema.kamdesk")
        migrate(engine)
        with engine.begin() as connection:
            config = alembic_config(connection)
            config.attributes["metadata"] = Base.metadata
            command.revision(config, message=sys.argv[1], autogenerate=True)
        engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
