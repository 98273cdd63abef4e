# Outbox and dispatcher tests.
