"""Suggested column choices the wizard pre-fills, from header names and cell contents."""

from __future__ import annotations

from explorer.importing.suggest import period_columns, suggest_fallbacks, suggest_mapping


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


def test_the_fields_own_name_beats_a_synonym():
    # HUGGO has both End and Term, full of dates; the wizard used to pick Term for end.
    header = ["Title", "Begin", "Term", "End"]
    rows = [["Treaty A", "2001-01-01", "2011-01-01", "2010-06-30"],
            ["Treaty B", "2002", "NA", "NA"], ["Treaty C", "2003-05", "2013-05", "2012"]] * 4
    assert as_dict(suggest_mapping(header, rows, "events"))["end"] == "End"


def test_a_column_of_peoples_names_is_never_the_id():
    header = ["Title", "Begin", "Coder"]
    rows = [["Treaty A", "2001", "Crisina, Moral"], ["Treaty B", "2002", "Moral, Evrard"],
            ["Treaty C", "2003", "Crisina, Moral"]]
    assert "id" not in as_dict(suggest_mapping(header, rows, "events"))
    rows_with_codes = [["Treaty A", "2001", "GENG-1351"], ["Treaty B", "2002", "GENG-1353"]]
    assert as_dict(suggest_mapping(["Title", "Begin", "Code"], rows_with_codes, "events"))["id"] == "Code"


def test_a_mostly_na_column_is_not_suggested_as_parties_for_its_na():
    # "NA" resolves to Namibia: a Depository column full of NA looked like a column of countries.
    header = ["Title", "Begin", "Depository"]
    rows = [["Treaty A", "2001", "NA"]] * 9 + [["Treaty B", "2002", "Government of France"]]
    assert "parties" not in as_dict(suggest_mapping(header, rows, "events"))


def test_a_date_field_falls_back_to_a_second_column_where_the_first_has_no_date():
    header = ["Title", "Begin", "Signature", "Force"]
    rows = [["Treaty A", "2001-02-03", "2001-02-03", "2001-05-01"],
            ["Treaty B", "NA", "1999-04-01", "NA"], ["Treaty C", "", "1998", "1999"]]
    chosen = as_dict(suggest_mapping(header, rows, "events"))
    assert chosen["start"] == "Begin"
    fallback = suggest_fallbacks(header, rows, "events", chosen)["start"]
    assert fallback.column == "Signature" and fallback.score == 1.0
    full = [["Treaty A", "2001-02-03", "2001-02-03", "2001-05-01"]] * 3
    assert "start" not in suggest_fallbacks(header, full, "events", chosen)  # nothing to fill
