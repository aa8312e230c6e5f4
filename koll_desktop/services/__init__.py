"""Use cases over storage: imports, exports, documents, summaries. No Qt."""
