#include "HistoryTypes.h"

namespace vigil {

QString historyTierName(HistoryTier tier)
{
    switch (tier) {
    case HistoryTier::Raw:
        return QStringLiteral("raw");
    case HistoryTier::Minute:
        return QStringLiteral("minute");
    case HistoryTier::Hour:
        return QStringLiteral("hour");
    }
    return {};
}

void registerHistoryMetaTypes()
{
    qRegisterMetaType<vigil::HistoryQuery>();
    qRegisterMetaType<vigil::HistoryPoint>();
    qRegisterMetaType<vigil::HistoryResult>();
    qRegisterMetaType<QList<vigil::HistoryQuery>>();
    qRegisterMetaType<QList<vigil::HistoryResult>>();
}

} // namespace vigil
