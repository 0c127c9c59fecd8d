"""The OpenAPI documents this package was generated from, as JSON."""
