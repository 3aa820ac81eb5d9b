# PROTOTYPE: replaced by the generator (packages/codegen python target)
"""Code made from spec/openapi.yaml and spec/sdk-policy.yaml. Never edited by hand."""
