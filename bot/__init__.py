"""Namjai's runtime: channels, web server, store, queue, console and CLI."""
