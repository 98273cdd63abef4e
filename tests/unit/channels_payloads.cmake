# Payload golden tests and signatures.
