"""The local SQLite store: schema, migrations, the write path and its outbox."""

from .db import Store, Writer, migrate, migrate_side_tables
from .ops import Op, apply_op
from .schema import ENTITIES, SCHEMA_VERSION

__all__ = ["Store", "Writer", "migrate", "migrate_side_tables", "Op", "apply_op", "ENTITIES", "SCHEMA_VERSION"]
