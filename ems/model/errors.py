"""Model errors: what the simulated organization raises when an operation cannot be done.

Every error carries what a cmdlet needs to turn it into a PowerShell error record:

* ``message``: the real Exchange text (reference §14), e.g.
  ``Couldn't find database "X". Make sure you have typed it correctly.``
* ``dotnet_type``: the .NET exception type name the real shell shows in CategoryInfo,
  e.g. ``Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException``.
* ``category``: the ErrorCategory *name* (a string, so the model does not import the
  runtime), e.g. ``"ObjectNotFound"``, ``"InvalidOperation"``, ``"InvalidArgument"``.
* ``error_id``: a short FullyQualifiedErrorId stem (the cmdlet appends ``,<Task>``).
* ``target``: the object or identity the error is about (may be None).

Exchange 2010 shows most of its task errors with category ``NotSpecified`` in remote
EMS; we keep the category that the exception type implies (ObjectNotFound for not
found, InvalidOperation for refused operations), as the local EMS does.
"""
from __future__ import annotations

from typing import Any


class ModelError(Exception):
    """Base of all model errors."""

    dotnet_type = "Microsoft.Exchange.Data.DataValidationException"
    category = "NotSpecified"
    error_id = "ModelError"

    def __init__(self, message: str, dotnet_type: str | None = None, category: str | None = None,
                 error_id: str | None = None, target: Any = None):
        super().__init__(message)
        self.message = message
        if dotnet_type is not None:
            self.dotnet_type = dotnet_type
        if category is not None:
            self.category = category
        if error_id is not None:
            self.error_id = error_id
        self.target = target

    @property
    def short_type_name(self) -> str:
        return self.dotnet_type.rsplit(".", 1)[-1]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class ObjectNotFoundError(ModelError):
    """An identity matched nothing (ManagementObjectNotFoundException)."""

    dotnet_type = "Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException"
    category = "ObjectNotFound"
    error_id = "ManagementObjectNotFoundException"


class AmbiguousIdentityError(ModelError):
    """An identity matched several objects where one was needed."""

    dotnet_type = "Microsoft.Exchange.Configuration.Tasks.ManagementObjectAmbiguousException"
    category = "InvalidArgument"
    error_id = "ManagementObjectAmbiguousException"


class InvalidOperationError(ModelError):
    """An operation refused by the state of the organization (a generic task error)."""

    dotnet_type = "System.InvalidOperationException"
    category = "InvalidOperation"
    error_id = "InvalidOperation"


class ArgumentError(ModelError):
    """A bad value for a parameter (range, format)."""

    dotnet_type = "System.ArgumentException"
    category = "InvalidArgument"
    error_id = "ArgumentException"


class ValueFormatError(ArgumentError):
    """A value text that does not parse (size, time span, version, filter)."""

    dotnet_type = "System.FormatException"
    error_id = "FormatException"


class FilterError(ArgumentError):
    """An invalid OPATH filter (reference: ``Invalid filter syntax...``)."""

    dotnet_type = "Microsoft.Exchange.Data.InvalidFilterException"  # ParserException in 2010
    error_id = "InvalidFilter"


class ActiveManagerError(ModelError):
    """A failed Active Manager operation (switchover, mount, suspend...)."""

    dotnet_type = "Microsoft.Exchange.Cluster.Replay.AmDbActionException"
    category = "InvalidOperation"
    error_id = "AmDbActionException"


class ReplayServiceError(ModelError):
    """Replication service refused an operation on a copy (suspend/resume/seed)."""

    dotnet_type = "Microsoft.Exchange.Cluster.Replay.ReplayServiceRpcException"
    category = "InvalidOperation"
    error_id = "ReplayServiceRpcException"


class ServerUnavailableError(ModelError):
    """The target computer cannot be reached (down) or a service is not running."""

    dotnet_type = "System.InvalidOperationException"
    category = "ResourceUnavailable"
    error_id = "ServerUnavailable"


class StateFileError(ModelError):
    """A state file that cannot be read (corrupt, unknown format or version)."""

    dotnet_type = "System.IO.InvalidDataException"
    category = "InvalidData"
    error_id = "InvalidStateFile"


# ---------------------------------------------------------------- real texts (reference §14a)

DC_FQDN_DEFAULT = "DC01.contoso.com"


def _templated(cls: type[ModelError], template: str, *args: str) -> Any:
    """cls with the template filled in by args (the first one is the target); the template stays
    attached, since cmdlets derive stable error ids from it."""
    err = cls(template.format(*args), target=args[0])
    err.template = template  # type: ignore[attr-defined]
    return err


def not_found_database(identity: str) -> ObjectNotFoundError:
    return _templated(ObjectNotFoundError,
                      'Couldn\'t find database "{0}". Make sure you have typed it correctly.', identity)


def not_found_server(identity: str) -> ObjectNotFoundError:
    return _templated(ObjectNotFoundError,
                      'Exchange server "{0}" wasn\'t found. Please make sure you typed the name correctly.',
                      identity)


def ambiguous_server(identity: str) -> AmbiguousIdentityError:
    return AmbiguousIdentityError(
        f'There are multiple Exchange servers matching the identity "{identity}". '
        f'Please specify a unique value.', target=identity)


def not_found_recipient(identity: str) -> ObjectNotFoundError:
    return ObjectNotFoundError(
        f'Recipient "{identity}" couldn\'t be found. Make sure that it was spelled correctly '
        f'or specify a different recipient.', target=identity)


def ambiguous_recipient(identity: str) -> AmbiguousIdentityError:
    return AmbiguousIdentityError(
        f'There are multiple recipients matching identity "{identity}". Please specify a unique value.',
        target=identity)


def not_found_user(identity: str) -> ObjectNotFoundError:
    return ObjectNotFoundError(
        f'User or group "{identity}" wasn\'t found. Please make sure you\'ve typed it correctly.',
        target=identity)


def not_found_object(identity: str, dc: str = DC_FQDN_DEFAULT) -> ObjectNotFoundError:
    return _templated(ObjectNotFoundError,
                      "The operation couldn't be performed because object '{0}' couldn't be found on '{1}'.",
                      identity, dc)


def ambiguous_object(identity: str) -> AmbiguousIdentityError:
    return _templated(AmbiguousIdentityError,
                      "The operation couldn't be performed because '{0}' matches multiple entries.", identity)
