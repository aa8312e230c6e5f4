"""The domain: frozen dataclasses, enums and rules. No Qt, no SQL."""
