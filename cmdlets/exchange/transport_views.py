"""The EMS views of the transport objects (reference §8–10).

* QueueInfo: ``Identity DeliveryType Status MessageCount NextHopDomain`` at offsets 0/44/57/64/77
  (a real 2007/2010 output, reference §8); values that do not fit end in ``...``.
* MessageInfo: ``Identity FromAddress Status Queue Subject`` [K] (the 2010 view was not found in
  the corpus; widths are ours).
* MessageTrackingEvent: ``EventId Source Sender Recipients MessageSubject`` at offsets
  0/9/18/43/64 (reference §10).
* TransportConfig, TransportServer: lists of every property (the default for wide objects).
* Send and Receive connectors: ``Identity AddressSpaces Enabled`` and ``Identity Bindings Enabled`` [K].
* TestMailflowOutput: a list (``TestMailflowResult``, ``MessageLatencyTime``, ``IsRemoteTest``) [K].
"""
from __future__ import annotations

from ems.format.views import register_list_view, register_table_view

register_table_view("Microsoft.Exchange.Data.QueueViewer.QueueInfo", [
    ("Identity", "Identity", 43, None),
    ("DeliveryType", "DeliveryType", 12, None),
    ("Status", "Status", 6, None),
    ("MessageCount", "MessageCount", 12, None),
    ("NextHopDomain", "NextHopDomain", None, None),
])

register_table_view("Microsoft.Exchange.Data.QueueViewer.MessageInfo", [
    ("Identity", "Identity", 22, None),
    ("FromAddress", "FromAddress", 25, None),
    ("Status", "Status", 9, None),
    ("Queue", "Queue", 22, None),
    ("Subject", "Subject", None, None),
])

register_table_view("Microsoft.Exchange.Management.TransportLogSearchTasks.MessageTrackingEvent", [
    ("EventId", "EventId", 8, None),
    ("Source", "Source", 8, None),
    ("Sender", "Sender", 24, None),
    ("Recipients", "Recipients", 20, None),
    ("MessageSubject", "MessageSubject", None, None),
])

register_table_view("Microsoft.Exchange.Data.Directory.SystemConfiguration.SmtpSendConnectorConfig", [
    ("Identity", "Identity", 40, None),
    ("AddressSpaces", "AddressSpaces", 30, None),
    ("Enabled", "Enabled", None, None),
])

register_table_view("Microsoft.Exchange.Data.Directory.SystemConfiguration.ReceiveConnector", [
    ("Identity", "Identity", 40, None),
    ("Bindings", "Bindings", 30, None),
    ("Enabled", "Enabled", None, None),
])

register_list_view("Microsoft.Exchange.Monitoring.TestMailflowOutput", [
    "TestMailflowResult", "MessageLatencyTime", "IsRemoteTest",
])

register_table_view("Microsoft.Exchange.Data.Directory.SystemConfiguration.TransportServer", [
    ("Name", "Name", 20, None),
    ("MessageTrackingLogEnabled", "MessageTrackingLogEnabled", None, None),
])
