"""Shared hand-written runtime helpers (redaction, …) used across cloudprojects."""
