"""Every Unicode code point, for tests that check a character table against all of them."""

from __future__ import annotations

EVERY_CHARACTER = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
"""All code points but the surrogates, as one string."""
