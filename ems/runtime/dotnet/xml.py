"""[xml]: System.Xml.XmlDocument / XmlElement on xml.etree, with PowerShell's XML adapter.

The adapter exposes an element's attributes and child elements as properties
(`$xml.config.server.name`): a child element with neither attributes nor children reads as
its text, several children of one name read as an array. Objects here use the dynamic
member protocol of ems/runtime/members.py: ``ps_get_member(name)`` (NotImplemented when
absent), ``ps_set_member(name, value)`` and ``ps_property_names()``.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from ems.runtime import conversion as C
from ems.runtime.psobject import base_object
from ems.runtime.dotnet.types import DotNetType, register_type, resolve_type


def _err(msg: str, kind: str = "XmlException") -> Exception:
    from ems.runtime.members import DotNetError
    return DotNetError(msg, kind)


class XmlNode:
    """Common base of the document and its elements."""

    def _el(self) -> ET.Element:
        raise NotImplementedError


class XmlElement(XmlNode):
    PS_TYPE_NAMES = ("System.Xml.XmlElement", "System.Xml.XmlLinkedNode", "System.Xml.XmlNode", "System.Object")
    PS_METHODS = ("GetAttribute", "SetAttribute", "HasAttribute", "RemoveAttribute", "SelectNodes",
                  "SelectSingleNode", "AppendChild", "RemoveChild", "GetElementsByTagName")

    def __init__(self, el: ET.Element, doc: "XmlDocument", parent: "XmlElement | None" = None):
        self.el = el
        self.doc = doc
        self.parent = parent

    def _el(self) -> ET.Element:
        return self.el

    # -- dynamic members -----------------------------------------------------------
    def ps_property_names(self) -> list[str]:
        names = list(self.el.attrib.keys())
        for child in self.el:
            if child.tag not in names:
                names.append(child.tag)
        if not len(self.el) and (self.el.text or "").strip() and self.el.attrib:
            names.append("#text")
        return names

    def ps_get_member(self, name: str) -> Any:
        low = name.lower()
        for k, v in self.el.attrib.items():
            if k.lower() == low:
                return v
        kids = [c for c in self.el if c.tag.lower() == low]
        if kids:
            vals = [self._child_value(c) for c in kids]
            return vals[0] if len(vals) == 1 else vals
        if low == "#text":
            return self.el.text
        prop = _ELEMENT_PROPS.get(low)
        if prop is not None:
            return prop(self)
        return NotImplemented

    def ps_set_member(self, name: str, value: Any) -> bool:
        low = name.lower()
        for k in list(self.el.attrib):
            if k.lower() == low:
                self.el.attrib[k] = C.to_string(value)
                return True
        for c in self.el:
            if c.tag.lower() == low and not len(c) and not c.attrib:
                c.text = C.to_string(value)
                return True
        if low == "innertext":
            for c in list(self.el):
                self.el.remove(c)
            self.el.text = C.to_string(value)
            return True
        return False

    def _child_value(self, c: ET.Element) -> Any:
        if not len(c) and not c.attrib:
            return c.text or ""
        return XmlElement(c, self.doc, self)

    # -- .NET members -------------------------------------------------------------
    def GetAttribute(self, name: Any) -> str:
        return self.el.attrib.get(C.to_string(name), "")

    def SetAttribute(self, name: Any, value: Any) -> None:
        self.el.attrib[C.to_string(name)] = C.to_string(value)

    def HasAttribute(self, name: Any) -> bool:
        return C.to_string(name) in self.el.attrib

    def RemoveAttribute(self, name: Any) -> None:
        self.el.attrib.pop(C.to_string(name), None)

    def SelectNodes(self, xpath: Any) -> list:
        return [XmlElement(e, self.doc) for e in _select(self.doc, self.el, C.to_string(xpath))]

    def SelectSingleNode(self, xpath: Any) -> Any:
        found = _select(self.doc, self.el, C.to_string(xpath))
        return XmlElement(found[0], self.doc) if found else None

    def GetElementsByTagName(self, name: Any) -> list:
        n = C.to_string(name)
        return [XmlElement(e, self.doc) for e in self.el.iter() if n == "*" or e.tag == n]

    def AppendChild(self, child: Any) -> Any:
        c = base_object(child)
        if not isinstance(c, XmlElement):
            raise _err("The specified node cannot be inserted as the valid child of this node, because the "
                       "specified node is the wrong type.", "InvalidOperationException")
        self.el.append(c.el)
        c.parent = self
        return c

    def RemoveChild(self, child: Any) -> Any:
        c = base_object(child)
        try:
            self.el.remove(c.el)
        except ValueError:
            raise _err("The node to be removed is not a child of this node.", "ArgumentException") from None
        return c

    def ps_to_string(self) -> str:
        # PowerShell shows an element by its name
        return self.el.tag

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, XmlElement) and other.el is self.el

    def __hash__(self) -> int:
        return id(self.el)


def _inner_text(x: XmlElement) -> str:
    return "".join(x.el.itertext())


def _outer_xml(x: XmlElement) -> str:
    return ET.tostring(x.el, encoding="unicode").strip() if x.el.tail is None else \
        ET.tostring(x.el, encoding="unicode")[: -len(x.el.tail)] if x.el.tail else ET.tostring(x.el, encoding="unicode")


def _inner_xml(x: XmlElement) -> str:
    parts = [x.el.text or ""]
    for c in x.el:
        parts.append(ET.tostring(c, encoding="unicode"))
    return "".join(parts)


_ELEMENT_PROPS = {
    "name": lambda x: x.el.tag,
    "localname": lambda x: x.el.tag.split("}")[-1],
    "innertext": _inner_text,
    "outerxml": _outer_xml,
    "innerxml": _inner_xml,
    "childnodes": lambda x: [XmlElement(c, x.doc, x) for c in x.el],
    "haschildnodes": lambda x: len(x.el) > 0 or bool(x.el.text),
    "attributes": lambda x: [XmlAttribute(k, v) for k, v in x.el.attrib.items()],
    "parentnode": lambda x: x.parent if x.parent is not None else x.doc,
    "ownerdocument": lambda x: x.doc,
    "firstchild": lambda x: XmlElement(x.el[0], x.doc, x) if len(x.el) else None,
    "value": lambda x: None,
    "nodetype": lambda x: "Element",
}


class XmlAttribute:
    PS_TYPE_NAMES = ("System.Xml.XmlAttribute", "System.Xml.XmlNode", "System.Object")
    PS_PROPERTIES = ("Name", "Value", "LocalName")

    def __init__(self, name: str, value: str):
        self.Name = self.LocalName = name
        self.Value = value

    def ps_to_string(self) -> str:
        return self.Name


class XmlDocument(XmlNode):
    PS_TYPE_NAMES = ("System.Xml.XmlDocument", "System.Xml.XmlNode", "System.Object")
    PS_METHODS = ("LoadXml", "Load", "Save", "SelectNodes", "SelectSingleNode", "CreateElement",
                  "GetElementsByTagName", "AppendChild")

    def __init__(self, root: ET.Element | None = None, declaration: str | None = None, ctx: Any = None):
        self.root = root
        self.declaration = declaration
        self.ctx = ctx

    def _el(self) -> ET.Element:
        return self.root

    def ps_property_names(self) -> list[str]:
        names = []
        if self.declaration:
            names.append("xml")
        if self.root is not None:
            names.append(self.root.tag)
        return names

    def ps_get_member(self, name: str) -> Any:
        low = name.lower()
        if self.root is not None and self.root.tag.lower() == low:
            return XmlElement(self.root, self)
        if low == "xml" and self.declaration:
            return self.declaration
        if low == "documentelement":
            return XmlElement(self.root, self) if self.root is not None else None
        if low in ("outerxml", "innerxml"):
            return ((self.declaration and f"<?xml {self.declaration}?>") or "") + (
                ET.tostring(self.root, encoding="unicode") if self.root is not None else "")
        if low == "innertext":
            return "".join(self.root.itertext()) if self.root is not None else ""
        if low == "childnodes":
            return [XmlElement(self.root, self)] if self.root is not None else []
        if low == "name":
            return "#document"
        return NotImplemented

    def ps_set_member(self, name: str, value: Any) -> bool:
        return False

    def LoadXml(self, text: Any) -> None:
        self.root, self.declaration = _parse(C.to_string(text))

    def Load(self, path: Any) -> None:
        fs = getattr(self.ctx, "fs", None)
        if fs is None:
            raise _err("No file system in this session.", "InvalidOperationException")
        self.root, self.declaration = _parse(fs.read_text(fs.resolve(C.to_string(path))))

    def Save(self, path: Any) -> None:
        fs = getattr(self.ctx, "fs", None)
        if fs is None:
            raise _err("No file system in this session.", "InvalidOperationException")
        ET.indent(self.root, space="  ")
        text = (f'<?xml {self.declaration}?>\r\n' if self.declaration else "") + ET.tostring(
            self.root, encoding="unicode").replace("\n", "\r\n")
        fs.write_text(fs.resolve(C.to_string(path)), text, "utf8")

    def SelectNodes(self, xpath: Any) -> list:
        return [XmlElement(e, self) for e in _select(self, None, C.to_string(xpath))]

    def SelectSingleNode(self, xpath: Any) -> Any:
        found = _select(self, None, C.to_string(xpath))
        return XmlElement(found[0], self) if found else None

    def CreateElement(self, name: Any) -> XmlElement:
        return XmlElement(ET.Element(C.to_string(name)), self)

    def GetElementsByTagName(self, name: Any) -> list:
        n = C.to_string(name)
        if self.root is None:
            return []
        return [XmlElement(e, self) for e in self.root.iter() if n == "*" or e.tag == n]

    def AppendChild(self, child: Any) -> Any:
        c = base_object(child)
        if self.root is not None:
            raise _err("This document already has a 'DocumentElement' node.", "InvalidOperationException")
        self.root = c.el
        return c

    def ps_to_string(self) -> str:
        return "System.Xml.XmlDocument"


def _parse(text: str) -> tuple[ET.Element, str | None]:
    t = text.lstrip("\ufeff").strip()
    decl = None
    if t.startswith("<?xml"):
        end = t.find("?>")
        decl = t[5:end].strip()
    try:
        root = ET.fromstring(t)
    except ET.ParseError as e:
        line, col = getattr(e, "position", (1, 1))
        raise ValueError(f"{_xml_reason(str(e))} Line {line}, position {col + 1}.") from None
    return root, decl


def _xml_reason(msg: str) -> str:
    if "no element found" in msg:
        return "Root element is missing."
    if "mismatched tag" in msg:
        return "The closing tag does not match the opening tag."
    if "junk after document element" in msg:
        return "There are multiple root elements."
    return "Data at the root level is invalid."


def _select(doc: XmlDocument, ctx_el: ET.Element | None, xpath: str) -> list[ET.Element]:
    """A subset of XPath on ElementTree: //name, /root/child, name/child, [@a='v'], [n]."""
    root = doc.root
    if root is None:
        return []
    x = xpath.strip()
    try:
        if x.startswith("//"):
            base = root
            found = list(base.iter(x[2:].split("/")[0].split("[")[0])) if False else None
            wrapper = ET.Element("#doc")
            wrapper.append(root)
            try:
                return wrapper.findall("." + x)
            finally:
                wrapper.remove(root)
        if x.startswith("/"):
            wrapper = ET.Element("#doc")
            wrapper.append(root)
            try:
                return wrapper.findall("." + x)
            finally:
                wrapper.remove(root)
        return (ctx_el if ctx_el is not None else root).findall(x)
    except (SyntaxError, KeyError) as e:
        raise _err(f"'{xpath}' has an invalid token.", "XPathException") from e


def _c_xml(v: Any, ctx: Any) -> Any:
    from ems.runtime.conversion import _ConvertFail
    bv = base_object(v)
    if bv is None or isinstance(bv, XmlDocument):
        return bv
    text = "\n".join(C.to_string(x) for x in bv) if isinstance(bv, list) else C.to_string(bv)
    try:
        root, decl = _parse(text)
    except ValueError as e:
        raise _ConvertFail(str(e)) from None
    return XmlDocument(root, decl, ctx)


_XML = resolve_type("xml")
_XML.converter = _c_xml
_XML.check = lambda v: isinstance(v, XmlDocument)
_XML.constructor = lambda a, c: XmlDocument(None, None, c)
register_type(DotNetType("System.Xml.XmlElement", base="System.Xml.XmlNode",
                         check=lambda v: isinstance(v, XmlElement)))
register_type(DotNetType("System.Xml.XmlNode", base="System.Object",
                         check=lambda v: isinstance(v, XmlNode)))
