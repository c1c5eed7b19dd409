"""The interactive shell: `ems` with no -Command/-File and a terminal on standard input.

    run_repl(opts) -> exit code

Start-up as the Exchange Management Shell: the banner with a tip of the day (unless
-NoLogo), the profile script (unless -NoProfile), then the prompt `[PS] C:\\Windows\\system32>`.

The loop, on prompt_toolkit (imported here and only here, with the highlighter):

* input highlighted by pygments' PowerShell lexer (``ems.host.highlight``);
* Tab completes from the session's own knowledge (``ems.host.completion``), a multi-column
  menu when several items match, repeated Tab cycles, Shift+Tab goes back;
* Enter runs the text when the parser accepts it; when the parser says the text is
  *incomplete* (an open brace, a trailing pipe, a backtick, an open string) the line is
  continued with the `>> ` prompt; a blank continuation line runs what was typed (which then
  reports its parse error), as PowerShell does;
* history in ``~/.ems/history`` (kept across sessions), Up/Down, Ctrl+R searches it; the
  engine keeps its own session history for Get-History / Invoke-History;
* Ctrl+C while a command runs stops it (Python's SIGINT handler raises KeyboardInterrupt in the
  main thread; the engine turns it into a stopped pipeline, ExecutionStatus "Stopped") and
  the prompt comes back with the session intact; Ctrl+C at the prompt clears the line;
  `exit` or Ctrl+D on an empty line leave.

Start-up: the first prompt does not wait for the session. When nothing must run before it (no
profile script, no -State file), the command library and the organization load in a
background thread that starts once the prompt is drawn (pygments too); the first Enter or Tab
waits for them. Otherwise the session is built, and the profile run, before the first prompt.
An internal error in a command is reported in PowerShell's shape and the session goes on.

The prompt: a `prompt` function the user (or the profile) defined wins, as in PowerShell.
Otherwise `[PS] <location>>`, prefixed with `[SERVER]: ` when the console has moved to another
server with Enter-LabServer. The current server is read from ``engine.current_server`` when
the engine has it, else from ``$env:COMPUTERNAME``; the server the session started on is the
one shown without a prefix.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

CONTINUATION_PROMPT = ">> "


def profile_path() -> Path:
    """$PROFILE — the same path as ``ems.host.session.profile_path`` (not imported from there
    so the first prompt does not wait for the formatting layer; a test checks they agree)."""
    return Path(os.path.expanduser("~")) / ".ems" / "Microsoft.PowerShell_profile.ps1"


def history_path() -> Path:
    """The file that keeps the REPL's input history across sessions."""
    return Path(os.path.expanduser("~")) / ".ems" / "history"


def needs_more_input(text: str) -> bool:
    """True when Enter should continue the input on a new line: the parser finds the first
    line incomplete; once in continuation (`>>`), only a blank line ends the input, complete or
    not, as in the PowerShell 2.0 console that EMS 2010 runs in."""
    if not text.strip():
        return False
    if "\n" in text:
        return bool(text.rsplit("\n", 1)[1].strip())
    from ems.errors import ParseError
    from ems.lang.parser import parse

    try:
        parse(text)
    except ParseError as e:
        return bool(e.incomplete)
    except Exception:
        return False
    return False


class SessionLoader:
    """Builds the session — in a background thread when nothing has to run before the first
    prompt (no profile script, no -State file whose errors must be shown first), so the prompt
    appears while the command library and the organization load; ``get()`` waits for it."""

    def __init__(self, create: Any):
        self._create = create
        self._session: Any = None
        self._error: BaseException | None = None
        self._thread: Any = None

    @property
    def started(self) -> bool:
        return self._thread is not None or self.ready

    def start(self) -> None:
        if self.started:
            return
        import threading

        self._thread = threading.Thread(target=self._run, name="ems-session", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._session = self._create()
        except BaseException as e:  # reported by get() in the main thread
            self._error = e
            return
        try:  # what the first command and the first Tab need
            import ems.host.completion  # noqa: F401
            import ems.lang.parser  # noqa: F401
        except Exception:
            pass

    def run_now(self) -> Any:
        self._run()
        return self.get()

    @property
    def ready(self) -> bool:
        return self._session is not None or self._error is not None

    def get(self) -> Any:
        if not self.started:
            self._run()
        if self._thread is not None:
            self._thread.join()
        if self._error is not None:
            raise self._error
        return self._session


class Repl:
    def __init__(self, session: Any, host: Any, opts: Any, out: Any = None):
        # ``session`` is a Session or a SessionLoader still building one
        self._loader = session if isinstance(session, SessionLoader) else None
        self._session = None if self._loader is not None else session
        self.host = host
        self.opts = opts
        self.out = out or sys.stdout
        self._home_server: str | None = None
        self._pt_session: Any = None
        self._question_session: Any = None
        self._completer: Any = None
        self._lexer: Any = None

    @property
    def session(self) -> Any:
        if self._session is None:
            self._session = self._loader.get()
        return self._session

    @property
    def engine(self) -> Any:
        return self.session.engine

    @property
    def session_ready(self) -> bool:
        return self._session is not None or self._loader is None or self._loader.ready

    @property
    def home_server(self) -> str:
        if self._home_server is None:
            self._home_server = self._current_server() or ""
        return self._home_server

    # ------------------------------------------------------------------ the prompt
    def _current_server(self) -> str | None:
        server = getattr(self.engine, "current_server", None)
        if server:
            return str(getattr(server, "name", server))
        try:
            return self.engine.context.env.get("COMPUTERNAME")
        except Exception:
            return None

    def prompt_text(self) -> str:
        if not self.session_ready:
            # Still loading: nothing can have moved the console or defined a prompt yet.
            return "[PS] C:\\Windows\\system32> "
        try:
            ctx = self.engine.context
        except Exception:  # the session failed to load: the next Enter reports why
            return "[PS] C:\\Windows\\system32> "
        if ctx.get_function("prompt") is not None:
            text = self._user_prompt()
            if text is not None:
                return text
        try:
            location = ctx.location
        except Exception:
            location = "C:\\Windows\\system32"
        server = self._current_server() or ""
        prefix = ""
        if server and self.home_server and server.lower() != self.home_server.lower():
            prefix = f"[{server}]: "
        return f"{prefix}[PS] {location}> "

    def _user_prompt(self) -> str | None:
        from ems.runtime.conversion import to_string

        ctx = self.engine.context
        saved_status = ctx.status
        try:
            values = self.engine.evaluate("prompt")
        except KeyboardInterrupt:
            return None
        except Exception:
            return "PS>"
        finally:
            ctx.status = saved_status
        try:
            text = "".join(to_string(v, ctx) for v in values)
        except Exception:
            return "PS>"
        return text or "PS>"

    # ------------------------------------------------------------------ prompt_toolkit
    def _build_session(self) -> Any:
        from prompt_toolkit import PromptSession
        from prompt_toolkit.completion import Completer as PTCompleter, Completion as PTCompletion
        from prompt_toolkit.filters import is_searching
        from prompt_toolkit.history import FileHistory, InMemoryHistory
        from prompt_toolkit.key_binding import KeyBindings
        from prompt_toolkit.shortcuts import CompleteStyle
        from prompt_toolkit.styles import Style

        from ems.host import highlight

        repl = self

        class EngineCompleter(PTCompleter):
            def get_completions(self, document, complete_event):  # noqa: ANN001
                try:
                    res = repl.completer().complete(document.text, document.cursor_position)
                except Exception:
                    return
                for item in res.items:
                    yield PTCompletion(item.text, start_position=res.start - document.cursor_position,
                                       display=item.display, display_meta=item.meta or None)

        kb = KeyBindings()

        # Not while Ctrl+R searches: there Enter accepts the search (prompt_toolkit's own binding).
        @kb.add("enter", filter=~is_searching)
        def _enter(event):  # noqa: ANN001
            buf = event.current_buffer
            if buf.complete_state is not None:
                buf.complete_state = None
            if not repl.session_ready:
                # Let the loading thread finish its imports before this one parses (two threads
                # importing the same modules could see half-initialised ones).
                try:
                    repl.session
                except Exception:
                    pass  # reported when the line is run
            text = buf.text
            if needs_more_input(text):
                buf.cursor_position = len(text)
                buf.insert_text("\n")
            else:
                buf.validate_and_handle()

        @kb.add("c-d", filter=~is_searching)
        def _ctrl_d(event):  # noqa: ANN001
            buf = event.current_buffer
            if not buf.text:
                event.app.exit(exception=EOFError)
            else:
                buf.delete()

        history: Any
        try:
            path = history_path()
            path.parent.mkdir(parents=True, exist_ok=True)
            history = FileHistory(str(path))
        except OSError:
            history = InMemoryHistory()

        def continuation(width: int, line_number: int, is_soft_wrap: bool) -> str:
            return "" if is_soft_wrap else CONTINUATION_PROMPT

        style = Style.from_dict(highlight.style_rules())
        # pygments loads in the background once the first prompt is drawn (see loop)
        self._lexer = highlight.lexer(preload=False)
        return PromptSession(
            output=self._pt_output(),
            history=history,
            lexer=self._lexer,
            style=style,
            include_default_pygments_style=False,
            completer=EngineCompleter(),
            complete_while_typing=False,
            complete_style=CompleteStyle.MULTI_COLUMN,
            key_bindings=kb,
            multiline=True,
            prompt_continuation=continuation,
            enable_history_search=False,
            mouse_support=False,
            erase_when_done=False,
        )

    def completer(self) -> Any:
        if self._completer is None:
            from ems.host.completion import Completer

            self._completer = Completer(self.engine, getattr(self.session, "model", None))
        return self._completer

    def _pt_output(self) -> Any:
        """Where the line editor draws: the terminal. When standard output is redirected
        (`ems | Tee-Object`) but standard error is a terminal, the editor uses standard error
        and the output stays plain text."""
        out = self.out
        try:
            if not out.isatty() and sys.stderr.isatty():
                from prompt_toolkit.output import create_output

                return create_output(stdout=sys.stderr)
        except (AttributeError, ValueError):
            pass
        return None

    def read_question(self, prompt: str, secure: bool) -> str:
        """The host's reader for questions asked while a command runs."""
        from prompt_toolkit import PromptSession

        if self._question_session is None:
            self._question_session = PromptSession(output=self._pt_output())
        return self._question_session.prompt(prompt, is_password=secure)

    # ------------------------------------------------------------------ running
    def write(self, text: str) -> None:
        self.out.write(text)
        self.out.flush()

    def run_line(self, text: str) -> int | None:
        """Run one input; returns an exit code when the line ran `exit`."""
        host = self.host
        host.resize()
        try:
            code = self.engine.run_interactive_line(text)
        except KeyboardInterrupt:
            self._stopped()
            return None
        except Exception as e:  # an emulator bug ends this command, never the session
            from ems.host.crash import internal_error_text

            try:
                self.host.reset()
            except Exception:
                pass
            self.host.write_error_text(internal_error_text(e))
            return None
        history = getattr(self.engine.context, "history", None)
        if history and getattr(history[-1], "ExecutionStatus", "") == "Stopped" and history[-1].CommandLine == text:
            self._stopped()
        elif not getattr(host, "at_line_start", True):
            # Write-Host -NoNewline at the end: the prompt starts on a line of its own
            self.write("\n")
            host.at_line_start = True
        return code

    def _stopped(self) -> None:
        try:
            self.host.reset()
        except Exception:
            pass
        self.write("\n")

    def run_profile(self) -> None:
        try:
            self.session.run_profile()
            self.host.end_output()
        except KeyboardInterrupt:
            self._stopped()

    def loop(self) -> int:
        self._pt_session = self._build_session()
        loader = self._loader
        lexer = self._lexer

        # Load the session and pygments once the first prompt is on the screen: started
        # earlier, the loading threads would only slow the prompt down (all need the
        # interpreter).
        def kick(_app: Any) -> None:
            if loader is not None:
                loader.start()
            if lexer is not None and hasattr(lexer, "start_preload"):
                lexer.start_preload()

        self._pt_session.app.after_render += kick
        while True:
            try:
                text = self._pt_session.prompt(self.prompt_text())
            except KeyboardInterrupt:
                continue  # Ctrl+C at the prompt: a fresh, empty line
            except EOFError:
                return 0
            if not text.strip():
                continue
            from ems.host.session import SessionError

            try:
                self.session  # a session still loading in the background: wait for it
            except SessionError as e:
                self.write(f"{e}\n")
                return 1
            code = self.run_line(text)
            if code is not None:
                return int(code)


def run_repl(opts: Any) -> int:
    from ems.host.repl_host import ReplHost

    out = sys.stdout
    # -NonInteractive: the shell still reads commands, but commands may not ask questions.
    host = ReplHost(out=out, interactive=not getattr(opts, "non_interactive", False))
    state = getattr(opts, "state", None)
    run_profile = not getattr(opts, "no_profile", False) and profile_path().is_file()

    def create() -> Any:
        from ems.host.session import Session

        return Session.create(stdout=out, stderr=sys.stderr, interactive=True, state_file=state,
                              host=host, width=host.ui_width)

    loader = SessionLoader(create)
    if state is not None or run_profile:
        # The profile runs before the first prompt, and a bad state file is reported first.
        from ems.host.session import SessionError

        try:
            loader.run_now()
        except SessionError as e:
            sys.stderr.write(f"{e}\n")
            return 1
    repl = Repl(loader, host, opts, out)
    host.reader = repl.read_question
    if not getattr(opts, "no_logo", False):
        import random

        from ems.host.banner import banner

        repl.write(banner(random.Random()) + "\n")
    if run_profile:
        repl.run_profile()
    try:
        return repl.loop()
    finally:
        try:
            host.end_output()
        except Exception:
            pass
