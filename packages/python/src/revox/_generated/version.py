# PROTOTYPE: replaced by the generator (packages/codegen python target)
"""The package's version: the npm packages' version of the same release."""

__version__ = "0.2.0"
