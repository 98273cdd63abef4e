#pragma once

namespace vigil {

// Registers every type that crosses into or out of the storage thread in queued calls
// (AlertEvent, Alert, Silence, EventQuery and their lists). Idempotent; AlertStore calls it.
void registerStorageMetaTypes();

} // namespace vigil
