#include "CompareOp.h"

namespace vigil {

QString compareOpSymbol(CompareOp op)
{
    switch (op) {
    case CompareOp::Greater:
        return QStringLiteral(">");
    case CompareOp::GreaterEqual:
        return QStringLiteral(">=");
    case CompareOp::Less:
        return QStringLiteral("<");
    case CompareOp::LessEqual:
        return QStringLiteral("<=");
    }
    return QStringLiteral(">");
}

std::optional<CompareOp> compareOpFromSymbol(QStringView symbol)
{
    for (CompareOp op :
         {CompareOp::Greater, CompareOp::GreaterEqual, CompareOp::Less, CompareOp::LessEqual}) {
        if (symbol == compareOpSymbol(op))
            return op;
    }
    return std::nullopt;
}

} // namespace vigil
