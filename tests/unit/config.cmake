# tests for src/core/config
