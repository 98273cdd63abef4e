#pragma once

#include "alerts/AlertTypes.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace vigil {

// ">", ">=", "<", "<=": the operator as written in the configuration and shown in the UI.
QString compareOpSymbol(CompareOp op);
std::optional<CompareOp> compareOpFromSymbol(QStringView symbol);

// True when value is past threshold in the rule's direction (value > threshold for ">").
inline bool breaches(CompareOp op, double value, double threshold)
{
    switch (op) {
    case CompareOp::Greater:
        return value > threshold;
    case CompareOp::GreaterEqual:
        return value >= threshold;
    case CompareOp::Less:
        return value < threshold;
    case CompareOp::LessEqual:
        return value <= threshold;
    }
    return false;
}

// True for ">" and ">=": higher values are worse.
inline bool isUpward(CompareOp op)
{
    return op == CompareOp::Greater || op == CompareOp::GreaterEqual;
}

} // namespace vigil
