"""Fetch new articles from outside: feeds and pages into the articles folder (``briefing import``).

The one part of Briefing that reaches the network, and only when asked to: the build never
does. ``urls`` (which addresses are one page, file names), ``feeds`` (RSS/Atom items),
``web`` (bounded http(s) fetching) and ``importer`` (the command's steps).
"""
