import pytest

from widgets.text_alternative import html_table


def test_table_escapes_cells_and_labels_columns():
    table = html_table(["Who", "Share"], [["<runners>", "5 %"]], caption="A & B")
    assert '<th scope="col">Who</th>' in table
    assert "&lt;runners&gt;" in table and "<runners>" not in table
    assert "<caption>A &amp; B</caption>" in table


def test_rows_must_match_the_headers():
    with pytest.raises(ValueError, match="one cell per header"):
        html_table(["a", "b"], [["only one"]])
