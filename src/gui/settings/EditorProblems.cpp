#include "EditorProblems.h"

#include "RuleText.h"
#include "appearance/Appearance.h"

#include <QColor>
#include <QLabel>

namespace vigil {

QStringList showEditorProblems(const QList<QPair<QWidget *, QString>> &errors,
                               QList<QWidget *> *marked, QLabel *label)
{
    for (QWidget *w : std::as_const(*marked))
        ruletext::markInvalid(w, QString());
    marked->clear();
    QStringList problems;
    for (const auto &e : errors) {
        if (e.first) {
            ruletext::markInvalid(e.first, e.second);
            marked->append(e.first);
        }
        problems.append(e.second);
    }
    QStringList html;
    for (const QString &problem : std::as_const(problems))
        html.append(QStringLiteral("⚠ ") + problem.toHtmlEscaped());
    label->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                       .arg(errorTextColour().name(), html.join(QStringLiteral("<br>"))));
    label->setVisible(!problems.isEmpty());
    return problems;
}

} // namespace vigil
