// Keyboard and assistive-technology sweep over the real windows: every control a user can
// reach has an accessible name, and no two visible controls share a mnemonic (Alt+letter).
#include "MainWindow.h"
#include "engine/Engine.h"
#include "settings/SettingsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace vigil;

namespace {

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

bool isControl(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QPlainTextEdit *>(w);
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QLatin1String(w->metaObject()->className()), w->objectName());
}

// Controls under root that the user can reach now (visible on the current tab or page).
QList<QWidget *> reachable(QWidget *root)
{
    QList<QWidget *> out;
    const auto all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!w->isVisibleTo(root->window()) || !isControl(w) || w->focusPolicy() == Qt::NoFocus)
            continue;
        // Line edits inside combo boxes and spin boxes belong to them.
        if (qobject_cast<QLineEdit *>(w) && (qobject_cast<QComboBox *>(w->parentWidget()) ||
                                             qobject_cast<QAbstractSpinBox *>(w->parentWidget())))
            continue;
        out.append(w);
    }
    return out;
}

QStringList unnamed(QWidget *root)
{
    QStringList problems;
    for (QWidget *w : reachable(root)) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            problems.append(describe(w));
    }
    return problems;
}

// Mnemonics of what is visible in window: menus, tab titles, buttons, group boxes and labels
// with a buddy. Returns "x: A, B" for each letter used twice.
QStringList clashes(QWidget *window)
{
    QMultiHash<QChar, QString> used;
    auto add = [&](const QString &text, const QString &who) {
        const QChar m = mnemonic(text);
        if (!m.isNull())
            used.insert(m, who + QStringLiteral(" '") + text + u'\'');
    };
    if (auto *mw = qobject_cast<QMainWindow *>(window)) {
        const auto menus = mw->menuBar()->actions();
        for (QAction *a : menus)
            add(a->text(), QStringLiteral("menu"));
    }
    const auto all = window->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), QStringLiteral("tab"));
        } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            add(b->text(), describe(b));
        } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
            if (g->isCheckable())
                add(g->title(), describe(g));
        } else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy()) {
            add(l->text(), describe(l));
        }
    }
    QStringList out;
    const auto keys = used.uniqueKeys();
    for (QChar key : keys) {
        const QStringList who = used.values(key);
        if (who.size() > 1)
            out.append(
                QStringLiteral("Alt+%1: %2").arg(key.toUpper(), who.join(QStringLiteral(", "))));
    }
    return out;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mainWindowTabs()
    {
        Engine engine{Config()};
        MainWindow window(engine);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabWidget"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            const QString tab = tabs->tabText(i);
            const QStringList missing = unnamed(&window);
            QVERIFY2(missing.isEmpty(), qPrintable(tab + QStringLiteral(": no accessible name: ") +
                                                   missing.join(QStringLiteral(", "))));
            const QStringList twice = clashes(&window);
            QVERIFY2(twice.isEmpty(),
                     qPrintable(tab + QStringLiteral(": ") + twice.join(QStringLiteral("; "))));
        }
    }

    void settingsPages()
    {
        SettingsDialog dialog{Config()};
        dialog.resize(900, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *pages = dialog.findChild<QStackedWidget *>();
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("pagesTabWidget"));
        QVERIFY(pages || tabs);
        const int count = tabs ? tabs->count() : pages->count();
        for (int i = 0; i < count; ++i) {
            if (tabs)
                tabs->setCurrentIndex(i);
            else
                pages->setCurrentIndex(i);
            QCoreApplication::processEvents();
            const QString page = QString::number(i);
            const QStringList missing = unnamed(&dialog);
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QStringLiteral("page %1: no accessible name: ").arg(page) +
                                missing.join(QStringLiteral(", "))));
            const QStringList twice = clashes(&dialog);
            QVERIFY2(twice.isEmpty(), qPrintable(QStringLiteral("page %1: ").arg(page) +
                                                 twice.join(QStringLiteral("; "))));
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
