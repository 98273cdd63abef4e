#include "StorageMetaTypes.h"

#include "alerts/AlertTypes.h"

#include <QList>
#include <QMetaType>

namespace vigil {

void registerStorageMetaTypes()
{
    qRegisterMetaType<vigil::AlertEvent>();
    qRegisterMetaType<vigil::Alert>();
    qRegisterMetaType<vigil::Silence>();
    qRegisterMetaType<vigil::EventQuery>();
    qRegisterMetaType<QList<vigil::AlertEvent>>();
    qRegisterMetaType<QList<vigil::Alert>>();
    qRegisterMetaType<QList<vigil::Silence>>();
}

} // namespace vigil
