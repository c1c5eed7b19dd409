"""ConvertTo-SecureString and ConvertFrom-SecureString (Microsoft.PowerShell.Security), which
Exchange scripts use for New-Mailbox -Password.

The SecureString object is the one Read-Host -AsSecureString returns (cmdlets.core.session).
The emulator does not encrypt: ConvertFrom-SecureString gives a hex string that stands for
the DPAPI blob, and ConvertTo-SecureString accepts it back.
"""
from __future__ import annotations

from cmdlets.core.session import SecureString
from ems.runtime.cmdlet import SWITCH, Cmdlet, Parameter
from ems.runtime.psobject import base_object

SECURITY_MODULE = "Microsoft.PowerShell.Security"
_BLOB_PREFIX = "01000000d08c9ddf0115d1118c7a00c04fc297eb"  # the DPAPI blob header every export starts with


def _to_blob(text: str) -> str:
    return _BLOB_PREFIX + text.encode("utf-16-le").hex()


def _from_blob(blob: str) -> str | None:
    if not blob.lower().startswith(_BLOB_PREFIX):
        return None
    try:
        return bytes.fromhex(blob[len(_BLOB_PREFIX):]).decode("utf-16-le")
    except ValueError:
        return None


class ConvertToSecureString(Cmdlet):
    name = "ConvertTo-SecureString"
    module = SECURITY_MODULE
    parameters = (
        Parameter("String", "System.String", position=0, mandatory=True, pipeline=True,
                  help="The string to convert (plain text with -AsPlainText, else an encrypted standard string)."),
        Parameter("AsPlainText", SWITCH, position=1, sets=("PlainText",),
                  help="The input is plain text (needs -Force)."),
        Parameter("Force", SWITCH, position=2, sets=("PlainText",),
                  help="Confirms that you understand the risk of plain text."),
        Parameter("SecureKey", "System.Security.SecureString", position=1, sets=("Secure",),
                  help="A key for the encrypted standard string."),
        Parameter("Key", "System.Byte[]", sets=("Open",), help="A key (128, 192 or 256 bits)."),
    )
    default_parameter_set = "Secure"
    output_type = "System.Security.SecureString"
    synopsis = "Converts encrypted standard strings to secure strings, or plain text to a secure string."
    description = ("Returns a SecureString. With -AsPlainText -Force the input is plain text (as scripts do to "
                   "pass a password to New-Mailbox); otherwise it is an encrypted standard string made by "
                   "ConvertFrom-SecureString.")
    examples = (
        ('$pw = ConvertTo-SecureString "P@ssw0rd1" -AsPlainText -Force',
         "A SecureString from plain text, for New-Mailbox -Password."),
        ('$pw = Get-Content .\\pw.txt | ConvertTo-SecureString', "Reads back a password saved with "
         "ConvertFrom-SecureString."),
    )

    def process(self) -> None:
        text = base_object(self.String)
        text = "" if text is None else str(text)
        if self.AsPlainText:
            if not self.Force:
                self.write_error("The system cannot protect plain text input. To suppress this warning and convert "
                                 "the plain text to a SecureString, reissue the command specifying the Force "
                                 "parameter. For more information ,type: get-help ConvertTo-SecureString.",
                                 "InvalidArgument", "ImportSecureString_InvalidArgument", text,
                                 "System.ArgumentException")
                return
            self.write_object(SecureString(text))
            return
        plain = _from_blob(text.strip())
        if plain is None:
            self.write_error("Input string was not in a correct format.", "InvalidArgument",
                             "ImportSecureString_InvalidArgument", text, "System.FormatException")
            return
        self.write_object(SecureString(plain))


class ConvertFromSecureString(Cmdlet):
    name = "ConvertFrom-SecureString"
    module = SECURITY_MODULE
    parameters = (
        Parameter("SecureString", "System.Security.SecureString", position=0, mandatory=True, pipeline=True,
                  help="The SecureString to convert."),
        Parameter("SecureKey", "System.Security.SecureString", position=1, sets=("Secure",),
                  help="A key for the encryption."),
        Parameter("Key", "System.Byte[]", sets=("Open",), help="A key (128, 192 or 256 bits)."),
    )
    default_parameter_set = "Secure"
    output_type = "System.String"
    synopsis = "Converts a secure string to an encrypted standard string."
    description = ("Returns an encrypted standard string that ConvertTo-SecureString turns back into the "
                   "SecureString (in the emulator the text is encoded, not encrypted).")
    examples = (('Read-Host -AsSecureString | ConvertFrom-SecureString | Out-File .\\pw.txt',
                 "Saves a password typed at the prompt."),)

    def process(self) -> None:
        s = base_object(self.SecureString)
        if not isinstance(s, SecureString):
            self.write_error(f'Cannot bind parameter \'SecureString\'. Cannot convert the "{s}" value of type '
                             f'"{type(s).__name__}" to type "System.Security.SecureString".', "InvalidArgument",
                             "CannotConvertArgument", s)
            return
        self.write_object(_to_blob(s._text))


# A SecureString parameter (New-Mailbox -Password, ConvertFrom-SecureString) takes only a
# SecureString, as in PowerShell: a plain string fails to bind with the binder's message.
def _convert_secure(value: object, ctx: object = None) -> SecureString:
    from ems.runtime.exceptions import PSRuntimeException
    v = base_object(value)
    if isinstance(v, SecureString):
        return v
    type_name = "System.String" if isinstance(v, str) else getattr(v, "PS_TYPE_NAMES", (type(v).__name__,))[0]
    raise PSRuntimeException(f'Cannot convert the "{v}" value of type "{type_name}" to type '
                             f'"System.Security.SecureString".', "CannotConvertArgument", "InvalidArgument")


def _register() -> None:
    from ems.runtime.binder import register_parameter_type
    register_parameter_type("System.Security.SecureString", _convert_secure,
                            lambda v: isinstance(base_object(v), SecureString))


_register()
