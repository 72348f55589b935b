"""The town's back office on the hub's data: the town's own writes (cases, catalogue,
calendar, notices — through ``hub.changes.town_write``), settling problems, the queries,
reports and exports the town window shows, staff accounts, and the demo town. Imports
the hub and the wire; only the demo plays the stations' side of a USB round."""
