"""The town window: the hub's data folder seen by the town service centre's staff."""
