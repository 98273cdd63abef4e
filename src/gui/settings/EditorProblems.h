#pragma once

#include <QList>
#include <QPair>
#include <QStringList>

class QLabel;
class QWidget;

namespace vigil {

// The inline validation the check and channel editors share: each problem marks its input
// (ruletext::markInvalid) and all are listed in red in one label, hidden when there are none.
// `marked` holds the inputs marked last time; they are cleared first.
QStringList showEditorProblems(const QList<QPair<QWidget *, QString>> &errors,
                               QList<QWidget *> *marked, QLabel *label);

} // namespace vigil
