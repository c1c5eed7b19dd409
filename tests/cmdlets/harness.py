"""Running a cmdlet class directly in a unit test, without the parameter binder."""
from __future__ import annotations

from typing import Any


class RecordingRuntime:
    """The command runtime a cmdlet writes to, keeping what it wrote for the test to check."""

    def __init__(self, context: Any):
        self.context = context
        self.out: list[Any] = []
        self.errors: list[tuple[str, str, str]] = []

    def write_object(self, obj: Any, enumerate_collection: bool = False) -> None:
        self.out.append(obj)

    def write_error(self, message, category="NotSpecified", error_id="", target=None, exception_type=None):
        self.errors.append((message, category, error_id))

    def throw_terminating_error(self, message, *a, **k):
        raise RuntimeError(message)


def bind(cls: type, rt: Any, params: dict[str, Any], parameter_set: str | None = None) -> Any:
    """A cmdlet of cls on rt: every parameter at its default, then params bound as given."""
    c = cls(rt)
    for p in cls.parameters:
        setattr(c, p.name, False if p.is_switch else None)
    for k, v in params.items():
        setattr(c, k, v)
        c.bound_parameters[k] = v
    if parameter_set is not None:
        c.parameter_set_name = parameter_set
    return c


def feed(c: Any, pipeline: list[Any] | None) -> None:
    """process() once, or once for each pipeline item set on the pipeline parameter."""
    if pipeline is None:
        c.process()
        return
    pname = next(p.name for p in type(c).parameters if p.pipeline)
    for item in pipeline:
        setattr(c, pname, item)
        c.process()


def default_set(cls: type, chosen: str | None) -> str:
    return chosen or cls.default_parameter_set or "__AllParameterSets"
