"""Tables a phone can read: Sphinx's prose tables get column labels; others stay as they are.

The rest of the extension's phone fixes (one menu button, the Home link, no code
bars, form scripts only where needed) are checked on the built book in
``tests/browser/test_phone_site.py``.
"""

from __future__ import annotations

from widgets.bookext.tables import label_table_cells

SPHINX_TABLE = (
    '<div class="pst-scrollable-table-container"><table class="table">\n<thead>\n'
    '<tr class="row-odd"><th class="head"><p>Topic</p></th>\n'
    '<th class="head"><p>NICE (UK)</p></th>\n<th class="head"><p>ACP &amp; co</p></th>\n'
    "</tr>\n</thead>\n<tbody>\n"
    '<tr class="row-even"><td><p>Heat</p></td>\n<td><p>Not checked</p></td>\n'
    "<td><p>Superficial heat</p></td>\n</tr>\n</tbody>\n</table>\n</div>"
)


def test_a_three_column_sphinx_table_gets_a_label_on_every_cell_and_table_roles():
    page = label_table_cells(SPHINX_TABLE)
    assert '<table class="table course-stack" role="table">' in page
    assert '<thead role="rowgroup">' in page and '<tbody role="rowgroup">' in page
    assert '<th role="columnheader" class="head"><p>Topic</p></th>' in page
    assert '<tr role="row" class="row-even"><td role="cell" data-label="Topic">' in page
    assert '<td role="cell" data-label="NICE (UK)"><p>Not checked</p></td>' in page
    assert '<td role="cell" data-label="ACP &amp; co"><p>Superficial heat</p></td>' in page


def test_a_two_column_table_keeps_its_columns():
    two = SPHINX_TABLE.replace('\n<th class="head"><p>ACP &amp; co</p></th>', "").replace(
        "\n<td><p>Superficial heat</p></td>", ""
    )
    assert label_table_cells(two) == two


def test_a_figure_s_data_table_and_merged_cells_are_left_alone():
    data_table = (
        '<table class="table"><thead><tr><th scope="col">A</th><th scope="col">B</th>'
        '<th scope="col">C</th></tr></thead><tbody><tr><td>1</td><td>2</td><td>3</td></tr>'
        "</tbody></table>"
    )
    assert label_table_cells(data_table) == data_table
    merged = SPHINX_TABLE.replace(
        "<td><p>Heat</p></td>\n<td><p>Not checked</p></td>", '<td colspan="2"><p>Heat</p></td>'
    )
    assert label_table_cells(merged) == merged
