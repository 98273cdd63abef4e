# Persistent outbox and dispatcher.
