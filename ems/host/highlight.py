"""Syntax highlighting of the REPL's input: pygments' PowerShell lexer, bridged to
prompt_toolkit with PygmentsLexer, in PSReadLine's colours (commands yellow, parameters
grey, variables green, strings cyan, comments dark green, keywords and operators as in the
Windows console).

Only the REPL imports this module (prompt_toolkit and pygments stay out of one-shot runs).
"""
from __future__ import annotations

from typing import Any

# pygments token type -> prompt_toolkit style string (PSReadLine's default palette).
TOKEN_STYLES: dict[str, str] = {
    "Name.Builtin": "ansiyellow",  # commands
    "Name.Function": "ansiyellow",
    "Name": "",
    "Name.Variable": "ansigreen",
    "Name.Attribute": "ansigray",
    "Name.Class": "ansigray",
    "Name.Constant": "ansigreen",
    "Keyword": "ansibrightgreen",
    "Keyword.Type": "ansigray",
    "String": "ansicyan",
    "String.Double": "ansicyan",
    "String.Single": "ansicyan",
    "String.Heredoc": "ansicyan",
    "String.Interpol": "ansigreen",
    "String.Escape": "ansicyan",
    "String.Backtick": "ansicyan",
    "Number": "ansiwhite",
    "Operator": "ansibrightblack",
    "Operator.Word": "ansibrightblack",
    "Punctuation": "",
    "Comment": "ansigreen",
    "Comment.Single": "ansigreen",
    "Comment.Multiline": "ansigreen",
    "Error": "",
}


def _pygments_lexer() -> Any:
    from prompt_toolkit.lexers import PygmentsLexer
    from pygments.lexers.shell import PowerShellLexer

    return PygmentsLexer(PowerShellLexer)


def lexer(preload: bool = True) -> Any:
    """A prompt_toolkit lexer for PowerShell input.

    pygments takes a tenth of a second to import, so the first prompt does not wait for it:
    the lexer loads in a background thread (``preload``) while the user reads the prompt,
    and input shows plain until it is there (in practice, before the first key).
    """
    import threading

    from prompt_toolkit.lexers import Lexer, SimpleLexer

    class LazyPowerShellLexer(Lexer):
        def __init__(self) -> None:
            self._real: Any = None
            self._plain = SimpleLexer()
            self._lock = threading.Lock()
            self._thread: threading.Thread | None = None

        def load(self) -> Any:
            with self._lock:
                if self._real is None:
                    try:
                        self._real = _pygments_lexer()
                    except Exception:  # pygments missing: plain input
                        self._real = self._plain
            return self._real

        def start_preload(self) -> None:
            if self._thread is not None or self._real is not None:
                return
            self._thread = threading.Thread(target=self.load, name="ems-lexer", daemon=True)
            self._thread.start()

        def lex_document(self, document: Any) -> Any:
            real = self._real
            if real is None:
                if not document.text:
                    return self._plain.lex_document(document)
                real = self.load()
            return real.lex_document(document)

    lx = LazyPowerShellLexer()
    if preload:
        lx.start_preload()
    return lx


def style_rules() -> dict[str, str]:
    """prompt_toolkit style rules (class name -> style) for the pygments tokens."""
    rules = {}
    for token, style in TOKEN_STYLES.items():
        # pygments' String and Number are aliases of Literal.String and Literal.Number, and
        # prompt_toolkit names classes after the full token path.
        if token.startswith(("String", "Number")):
            token = "Literal." + token
        rules["pygments." + token.lower()] = style
    return rules

