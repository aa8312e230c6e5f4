"""Durability proof: crash (SIGKILL) test, fault injection, backup and restore (DESIGN §9)."""
