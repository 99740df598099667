"""Question templates, one module per category. Each exposes ``generate(ctx)``."""
