"""Pure models: numpy and the standard library only, no plotting, no widgets."""
