"""Tools for teaching with the course: the class export, quiz files and the workshop plan.

``widgets.assign`` (the command line) puts them together; each module here does
one job and is tested on its own.
"""
