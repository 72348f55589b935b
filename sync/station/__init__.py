"""A station's side of sync: enrolling with the hub, pushing its outbox and pulling the
hub's changes (over HTTP or by USB file), and getting everything back after a new PC or
an old backup. Imports the wire (``sync``'s top) and the core, never the hub or the town."""
