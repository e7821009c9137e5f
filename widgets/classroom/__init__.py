"""Tools for teaching with the course: the class export, the printed chapters, quiz files.

Two command lines: ``python -m widgets.classroom.assign`` (``assign``) writes the
student and instructor notebooks, quiz files and the student zip;
``python -m widgets.classroom.pdf`` (``pdf``, ``make pdf``) prints every chapter of
the built book. They run on a checkout of the course, not on a learner's
install. Each other module here does one job and is tested on its own.
"""
