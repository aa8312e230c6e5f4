"""The pages of the case workspace, one per step of DESIGN §3."""
