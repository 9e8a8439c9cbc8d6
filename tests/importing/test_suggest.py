"""Suggested column choices the wizard pre-fills, from header names and cell contents."""

from __future__ import annotations

from explorer.importing.suggest import period_columns, suggest_mapping


def as_dict(suggestions):
    return {s.field: s.column for s in suggestions}


def test_treaty_list_columns_are_recognised_by_name_and_content():
    header = ["Title", "Begin", "End", "Parties", "TypeDomain"]
    rows = [["Treaty of X", "1953-04-02", "NA", "JP;US", "Trade"],
            ["Pact of Y", "2006", "2010-05", "Japan", "Security"]]
    got = as_dict(suggest_mapping(header, rows, "events"))
    assert got["title"] == "Title" and got["start"] == "Begin" and got["end"] == "End"
    assert got["parties"] == "Parties" and got["domains"] == "TypeDomain"


def test_a_wide_table_suggests_the_country_once_and_lists_its_period_columns():
    header = ["Country Name", "Country Code", "Series Name", "2019 [YR2019]", "2020 [YR2020]",
              "2021 [YR2021]"]
    rows = [["Japan", "JPN", "GDP", "5118", "5055", ".."], ["Namibia", "NAM", "GDP", "12.5", "10.7", "12"]]
    got = as_dict(suggest_mapping(header, rows, "observations"))
    assert got.get("reporter") in ("Country Name", "Country Code")
    assert "partner" not in got  # the same country is not suggested as its own partner
    assert period_columns(header) == ["2019 [YR2019]", "2020 [YR2020]", "2021 [YR2021]"]
    assert not set(got.values()) & set(period_columns(header))


def test_content_alone_finds_a_date_column_with_an_unhelpful_name():
    header = ["col A", "col B"]
    rows = [["Agreement one", "2019-02-01"], ["Agreement two", "2020-03"]] * 5
    got = as_dict(suggest_mapping(header, rows, "events"))
    assert got["start"] == "col B"
