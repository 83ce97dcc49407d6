"""Serving: the HTTP API, the OpenAI-compatible adapter, JSON service calls and the feedback store."""
