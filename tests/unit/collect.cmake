# tests for src/core/collect
