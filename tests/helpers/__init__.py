"""Helpers shared by the test modules: import them from here, never from a ``test_*.py``.

* ``pages``: the book's pages and chapters as text, their citations and glossary terms;
* ``tiny_book``: build a small Sphinx book with the course's extension in a temporary folder;
* ``risk_plans``: mileage-risk plans that differ from the reference plan in one way;
* ``training_logs``: read training-log files the tests write, and the run they hold;
* ``work_groups``: which tests share a process when the tests run in two.

The browser tests have their own helpers beside them in ``tests/browser/``
(``book_site``, ``page_audit``, ``page_events``, ``audit_*``); see the
docstring of ``tests/browser/conftest.py``.
"""
