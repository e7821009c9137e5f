"""Live views for JupyterLab: ipywidgets controls that call the model and the figure builders.

Never ``import ipywidgets as widgets`` here: ``widgets`` is this package.
"""
