#pragma once

// Small helpers shared by the offscreen widget tests: find a named child (or stop the test
// binary with a clear message), type into an input like a user, the OK button of a dialog.

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QWidget>

namespace vigil::test {

template<typename T> T *child(const QObject &parent, const char *name)
{
    T *w = parent.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

// Selects everything in the focused input, deletes it and types `text` key by key.
inline void typeInto(QWidget *w, const QString &text)
{
    w->setFocus(Qt::TabFocusReason);
    QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(w, Qt::Key_Delete);
    QTest::keyClicks(w, text);
}

inline QPushButton *okButton(const QWidget &dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

} // namespace vigil::test
