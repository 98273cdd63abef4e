#include "MainWindow.h"
#include "appearance/Appearance.h"
#include "charts/TimeSeriesChart.h"
#include "engine/Engine.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>

using namespace vigil;

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { applyColorScheme(ColorScheme::System); }

    void keysRoundTrip()
    {
        for (ColorScheme s : {ColorScheme::System, ColorScheme::Light, ColorScheme::Dark})
            QCOMPARE(colorSchemeFromKey(colorSchemeKey(s)), s);
        QCOMPARE(colorSchemeFromKey(QStringLiteral("solarized")), ColorScheme::System);
        QCOMPARE(colorSchemeKey(ColorScheme::Dark), QStringLiteral("dark"));
    }

    void contrastRatioMatchesWcag()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(contrastRatio(Qt::white, Qt::white), 1.0);
        // #777777 on white is the classic "just fails AA" grey: 4.48.
        QCOMPARE(qRound(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
    }

    void darkAndBack()
    {
        const QPalette platform = QApplication::palette();
        const QString style = QApplication::style()->name();
        QVERIFY(!isDark(platform)); // offscreen Fusion is light
        applyColorScheme(ColorScheme::Dark);
        QVERIFY(isDark(QApplication::palette()));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(currentColorScheme(), ColorScheme::Dark);
        applyColorScheme(ColorScheme::Light);
        QVERIFY(!isDark(QApplication::palette()));
        applyColorScheme(ColorScheme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), platform.color(QPalette::Window));
        QCOMPARE(QApplication::style()->name(), style);
    }

    void stateColoursAreLegible_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::newRow("light") << int(ColorScheme::Light);
        QTest::newRow("dark") << int(ColorScheme::Dark);
    }
    void stateColoursAreLegible()
    {
        QFETCH(int, scheme);
        applyColorScheme(ColorScheme(scheme));
        const QPalette p = QApplication::palette();
        const QColor window = p.color(QPalette::Window);
        QVERIFY2(contrastRatio(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7, "body text");
        QVERIFY2(contrastRatio(p.color(QPalette::WindowText), window) >= 7, "labels");
        QVERIFY2(contrastRatio(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >=
                     3,
                 "selection");
        QVERIFY2(contrastRatio(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)) >= 3,
                 "placeholder and hint text");
        // Greyed-out secondary text; the light palette is the style's own (Fusion's is 1.6:1).
        if (ColorScheme(scheme) == ColorScheme::Dark)
            QVERIFY2(contrastRatio(p.color(QPalette::Disabled, QPalette::WindowText), window) >= 3,
                     "disabled text");
        const StateColours states[] = {errorColours(p), warningColours(p), okColours(p)};
        for (const StateColours &c : states) {
            QVERIFY2(contrastRatio(c.text, window) >= 4.5, qPrintable(c.text.name()));
            QVERIFY2(contrastRatio(p.color(QPalette::WindowText), c.background) >= 4.5,
                     qPrintable(c.background.name()));
        }
        // Field error tint (RuleText::markInvalid) under the field's text.
        QVERIFY(contrastRatio(p.color(QPalette::Text), errorColours(p).background) >= 4.5);
    }

    void chartsFollowThePalette()
    {
        TimeSeriesChart chart(QStringLiteral("CPU"), Unit::Percent);
        auto *view = chart.findChild<QChartView *>();
        QVERIFY(view);
        const QColor lightBackground = view->chart()->backgroundBrush().color();
        QVERIFY(lightBackground.lightness() > 200);
        applyColorScheme(ColorScheme::Dark);
        QCoreApplication::processEvents();
        const QColor darkBackground = view->chart()->backgroundBrush().color();
        QCOMPARE(darkBackground, QApplication::palette().color(QPalette::Base));
        QVERIFY(darkBackground.lightness() < 60);
        const auto axes = view->chart()->axes();
        QVERIFY(!axes.isEmpty());
        for (const QAbstractAxis *axis : axes)
            QVERIFY(contrastRatio(axis->labelsColor(), darkBackground) >= 7);
    }

    void viewMenuAndBanner()
    {
        Config config;
        Engine engine(config);
        MainWindow window(engine);
        QSignalSpy chosen(&window, &MainWindow::colorSchemeChosen);
        auto *dark = window.findChild<QAction *>(QStringLiteral("darkSchemeAction"));
        auto *system = window.findChild<QAction *>(QStringLiteral("systemSchemeAction"));
        QVERIFY(dark && system);
        QVERIFY(system->isChecked());
        auto *menu = window.findChild<QMenu *>(QStringLiteral("viewMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->title(), QStringLiteral("&View"));
        dark->trigger();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).value<ColorScheme>(), ColorScheme::Dark);
        QVERIFY(dark->isChecked() && !system->isChecked());

        window.showNotice(QStringLiteral("Storage is unavailable"), true);
        auto *banner = window.findChild<QFrame *>(QStringLiteral("bannerFrame"));
        QVERIFY(banner);
        const QString lightRed = errorColours(QApplication::palette()).background.name();
        QVERIFY2(banner->styleSheet().contains(lightRed), qPrintable(banner->styleSheet()));
        applyColorScheme(ColorScheme::Dark); // what GuiSession does on colorSchemeChosen
        QCoreApplication::processEvents();
        const QString darkRed = errorColours(QApplication::palette()).background.name();
        QVERIFY(darkRed != lightRed);
        QVERIFY2(banner->styleSheet().contains(darkRed), qPrintable(banner->styleSheet()));
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
