"""Tests of quiz.formats and the export/import commands (a package, so names never clash)."""
