"""Exchange value-type parameter converters (cmdlets/exchange/converters.py)."""
from __future__ import annotations

import pytest

from cmdlets.exchange.converters import (as_size_unlimited, convert_bqs, convert_ets, convert_unlimited,
                                         identities, short_name)
from ems.model.values import ByteQuantifiedSize, EnhancedTimeSpan, Unlimited
from ems.runtime.exceptions import PSRuntimeException


def test_byte_quantified_size():
    assert convert_bqs("2GB").ToMB() == 2048
    assert convert_bqs("1.5 MB").ToBytes() == 1572864
    assert convert_bqs(1024).ToKB() == 1
    with pytest.raises(PSRuntimeException) as e:
        convert_bqs("lots")
    assert "Microsoft.Exchange.Data.ByteQuantifiedSize" in e.value.message


def test_unlimited_keeps_the_kind_of_value():
    assert convert_unlimited("unlimited").IsUnlimited
    assert convert_unlimited("Unlimited").IsUnlimited
    u = convert_unlimited(100)
    assert not u.IsUnlimited and u.Value == 100
    assert convert_unlimited("250").Value == 250
    assert isinstance(convert_unlimited("2GB").Value, ByteQuantifiedSize)
    q = as_size_unlimited("2147483648")
    assert isinstance(q.Value, ByteQuantifiedSize) and q.Value.ToGB() == 2
    assert as_size_unlimited("unlimited").IsUnlimited
    already = Unlimited(ByteQuantifiedSize(5))
    assert convert_unlimited(already) is already


def test_enhanced_time_span():
    assert str(convert_ets("7.00:00:00")) == "7.00:00:00"
    assert isinstance(convert_ets("00:15:00"), EnhancedTimeSpan)
    with pytest.raises(PSRuntimeException):
        convert_ets("soon")


def test_identities_and_names():
    assert identities(None) == []
    assert identities("DB01") == ["DB01"]
    assert identities(["DB01", "DB02"]) == ["DB01", "DB02"]
    assert short_name("E1402.contoso.com") == "E1402"
