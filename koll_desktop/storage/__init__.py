"""Storage on SQLite through sqlite-utils. No Qt."""
