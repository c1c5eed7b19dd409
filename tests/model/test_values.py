"""Exchange value types print and parse like the real ones (reference §1, §3, §7, §11)."""
from datetime import timedelta

import pytest

from ems.model.errors import ValueFormatError
from ems.model.values import (ADObjectId, ByteQuantifiedSize, EnhancedTimeSpan, KeyValuePair,
                              ProxyAddress, ProxyAddressCollection, ServerVersion, SmtpAddress,
                              Unlimited)


@pytest.mark.parametrize("text,printed", [
    ("1.5GB", "1.5 GB (1,610,612,736 bytes)"),
    ("1.5 GB", "1.5 GB (1,610,612,736 bytes)"),
    ("2GB", "2 GB (2,147,483,648 bytes)"),
    ("0", "0 B (0 bytes)"),
    ("1024", "1 KB (1,024 bytes)"),
    ("512", "512 B (512 bytes)"),
    ("1.5 MB", "1.5 MB (1,572,864 bytes)"),
    ("18MB", "18 MB (18,874,368 bytes)"),
    ("1.9GB", "1.9 GB (2,040,109,465 bytes)"),
    ("2 GB (2,147,483,648 bytes)", "2 GB (2,147,483,648 bytes)"),
    ("10kb", "10 KB (10,240 bytes)"),
    ("1TB", "1 TB (1,099,511,627,776 bytes)"),
])
def test_bqs_parse_and_print(text, printed):
    assert ByteQuantifiedSize.parse(text).ps_to_string() == printed


def test_bqs_methods_truncate():
    s = ByteQuantifiedSize.parse("1.5GB")
    assert (s.ToBytes(), s.ToKB(), s.ToMB(), s.ToGB(), s.ToTB()) == (1610612736, 1572864, 1536, 1, 0)
    assert ByteQuantifiedSize(1_500_000).ToMB() == 1


def test_bqs_three_decimals():
    assert ByteQuantifiedSize(127_312_345).ps_to_string() == "121.415 MB (127,312,345 bytes)"


def test_bqs_compare_add():
    a, b = ByteQuantifiedSize.parse("1GB"), ByteQuantifiedSize.parse("512MB")
    assert b < a and a > b and a + b == ByteQuantifiedSize.parse("1.5GB")
    assert a == "1GB"


@pytest.mark.parametrize("bad", ["abc", "1.5", "GB", "-1MB", "1 XB"])
def test_bqs_bad(bad):
    with pytest.raises(ValueFormatError):
        ByteQuantifiedSize.parse(bad)


def test_unlimited():
    u = Unlimited.parse("unlimited")
    assert u.IsUnlimited and u.Value is None and u.ps_to_string() == "unlimited"
    assert Unlimited.parse("Unlimited").IsUnlimited
    v = Unlimited.parse("2GB")
    assert not v.IsUnlimited and v.Value.ToGB() == 2 and str(v) == "2 GB (2,147,483,648 bytes)"
    assert v < u and not (u < v) and u == "unlimited"
    assert Unlimited.parse("5000", int).ps_to_string() == "5000"
    assert "System.Int32" in Unlimited(5).PS_TYPE_NAMES[0]


@pytest.mark.parametrize("text,printed,minutes", [
    ("00:15:00", "00:15:00", 15.0),
    ("7.00:00:00", "7.00:00:00", 7 * 1440.0),
    ("2.00:00:00", "2.00:00:00", 2880.0),
    ("1.02:03:04", "1.02:03:04", 1563 + 4 / 60),
    ("14", "14.00:00:00", 14 * 1440.0),
    ("00:00:05", "00:00:05", 5 / 60),
])
def test_timespan(text, printed, minutes):
    t = EnhancedTimeSpan.parse(text)
    assert t.ps_to_string() == printed
    assert t.TotalMinutes == pytest.approx(minutes)


def test_timespan_parts():
    t = EnhancedTimeSpan(timedelta(days=1, hours=2, minutes=3, seconds=4))
    assert (t.Days, t.Hours, t.Minutes, t.Seconds) == (1, 2, 3, 4)
    assert EnhancedTimeSpan(0).ps_to_string() == "00:00:00"
    with pytest.raises(ValueFormatError):
        EnhancedTimeSpan.parse("25:00:00")


def test_adobjectid_and_kvp():
    s = ADObjectId("E1401", "CN=E1401,CN=Servers,DC=contoso,DC=com")
    assert s.ps_to_string() == "E1401" and s.Name == "E1401"
    assert s.Parent.Name == "Servers"
    kv = KeyValuePair(s, 1)
    assert kv.ps_to_string() == "[E1401, 1]" and kv.Key.Name == "E1401" and kv.Value == 1
    u = ADObjectId("user01", "CN=user01,CN=Users,DC=contoso,DC=com", display="contoso.com/Users/user01")
    assert str(u) == "contoso.com/Users/user01" and u == "user01"


def test_server_version():
    rtm = ServerVersion.parse("Version 14.0 (Build 639.21)")
    sp1 = ServerVersion.parse("14.1.218.15")
    assert str(sp1) == "Version 14.1 (Build 218.15)"
    assert (rtm.Major, rtm.Minor, rtm.Build, rtm.Revision) == (14, 0, 639, 21)
    assert rtm < sp1 and rtm == "Version 14.0 (Build 639.21)"


def test_addresses():
    a = SmtpAddress("user01@contoso.com")
    assert a.Local == "user01" and a.Domain == "contoso.com" and a == "USER01@contoso.com"
    c = ProxyAddressCollection.of("SMTP:user01@contoso.com", "smtp:u1@contoso.com")
    assert c.primary_smtp.AddressString == "user01@contoso.com"
    assert c.text() == "{SMTP:user01@contoso.com, smtp:u1@contoso.com}"
    assert not ProxyAddress("smtp:u1@contoso.com").IsPrimaryAddress


def test_database_quota_defaults_print_as_exchange_2010():
    from ems.model.load import load_default
    db = load_default().databases["DB01"]
    assert str(db.IssueWarningQuota) == "1.899 GB (2,039,480,320 bytes)"
    assert str(db.ProhibitSendQuota) == "2 GB (2,147,483,648 bytes)"
    assert str(db.ProhibitSendReceiveQuota) == "2.3 GB (2,469,396,480 bytes)"
    assert str(db.RecoverableItemsQuota) == "30 GB (32,212,254,720 bytes)"
    assert str(db.DeletedItemRetention) == "14.00:00:00"
