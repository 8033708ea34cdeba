"""Qt-free: the domain and everything that computes, one package per capability, in layers (pyproject.toml):
demo | importing > qbr > coverage | growth > moments > portfolio > matrix > store. A package uses only
those below it; no two modules import each other."""
