# tests for src/core/engine
