"""Names vulture reports as unused that are used from outside Python's view.

Sphinx calls the extension's event handlers with fixed arguments, and myst-nb
calls the renderer's ``handle_mime`` with ``inline``; ``make lint`` runs
``vulture widgets tests/vulture_whitelist.py``.
"""

templatename  # (Sphinx html-page-context argument)
added  # (Sphinx env-get-outdated arguments)
changed
removed
docnames  # (Sphinx env-before-read-docs argument)
inline  # (myst-nb MimeRenderPlugin.handle_mime argument)
exc  # (a context manager's __exit__ argument)
kwargs  # (Sphinx SphinxPostTransform.run options)
