// The embedded catalogues reach the widgets: with German or Spanish installed the main window's
// tabs and menus, the settings dialog and a core message speak that language; English and an
// English system locale stay untranslated; the Language box and its note behave.
#include "MainWindow.h"
#include "Translations.h"
#include "UiState.h"
#include "engine/Engine.h"
#include "engine/Health.h"
#include "settings/LanguageChooser.h"
#include "settings/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace vigil;

namespace {

QStringList tabTexts(const QWidget &parent, const char *name)
{
    const auto *tabs = parent.findChild<QTabWidget *>(QLatin1String(name));
    QStringList out;
    for (int i = 0; tabs && i < tabs->count(); ++i)
        out << tabs->tabText(i);
    return out;
}

QStringList menuTexts(const MainWindow &w)
{
    QStringList out;
    for (QAction *menu : w.menuBar()->actions()) {
        out << menu->text();
        if (menu->menu()) {
            for (QAction *a : menu->menu()->actions())
                out << a->text();
        }
    }
    return out;
}

QString noDataHeadline()
{
    HealthReport h;
    h.status = Severity::Unknown;
    return h.headline();
}

} // namespace

class TestTranslationsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void speaksTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("tabs");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("settingsTitle");
        QTest::addColumn<QStringList>("settingsTabs");
        QTest::addColumn<QString>("languageLabel");
        QTest::addColumn<QString>("systemDefault");
        QTest::addColumn<QString>("noData");
        QTest::addColumn<QString>("cancel"); // from Qt's own qtbase catalogue

        QTest::newRow("de") << QStringLiteral("de")
                            << QStringList{QStringLiteral("Ü&bersicht"), QStringLiteral("&Verlauf"),
                                           QStringLiteral("&Prüfungen"),
                                           QStringLiteral("Zustellun&gen")}
                            << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Hilfe"),
                                           QStringLiteral("&Einstellungen…"),
                                           QStringLiteral("&Beenden")}
                            << QStringLiteral("Vigil-Einstellungen")
                            << QStringList{QStringLiteral("&Allgemein"),
                                           QStringLiteral("Alarmre&geln"),
                                           QStringLiteral("&Benachrichtigungen")}
                            << QStringLiteral("S&prache:") << QStringLiteral("Systemstandard")
                            << QStringLiteral("Noch keine Daten") << QStringLiteral("Abbrechen");
        QTest::newRow("es") << QStringLiteral("es")
                            << QStringList{QStringLiteral("&Panel"), QStringLiteral("&Historial"),
                                           QStringLiteral("&Comprobaciones"),
                                           QStringLiteral("&Entregas")}
                            << QStringList{QStringLiteral("&Archivo"), QStringLiteral("A&yuda"),
                                           QStringLiteral("&Ajustes…"), QStringLiteral("&Salir")}
                            << QStringLiteral("Ajustes de Vigil")
                            << QStringList{QStringLiteral("&General"),
                                           QStringLiteral("&Reglas de alerta"),
                                           QStringLiteral("&Notificaciones")}
                            << QStringLiteral("&Idioma:")
                            << QStringLiteral("Predeterminado del sistema")
                            << QStringLiteral("Aún no hay datos") << QStringLiteral("Cancelar");
    }

    void speaksTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, tabs);
        QFETCH(QStringList, menus);
        QFETCH(QString, settingsTitle);
        QFETCH(QStringList, settingsTabs);
        QFETCH(QString, languageLabel);
        QFETCH(QString, systemDefault);
        QFETCH(QString, noData);
        QFETCH(QString, cancel);

        const Translations translations(language);
        QVERIFY(translations.hasAppCatalogue());
        QCOMPARE(translations.appCatalogue(), QStringLiteral(":/i18n/vigil_%1.qm").arg(language));

        Config config;
        Engine engine(config);
        MainWindow w(engine);
        const QStringList shownTabs = tabTexts(w, "mainTabWidget");
        for (const QString &tab : tabs)
            QVERIFY2(shownTabs.contains(tab), qPrintable(shownTabs.join(QLatin1String(" | "))));
        const QStringList shownMenus = menuTexts(w);
        for (const QString &menu : menus)
            QVERIFY2(shownMenus.contains(menu), qPrintable(shownMenus.join(QLatin1String(" | "))));

        SettingsDialog dialog(config);
        QCOMPARE(dialog.windowTitle(), settingsTitle);
        const QStringList pages = tabTexts(dialog, "pagesTabWidget");
        for (const QString &page : settingsTabs)
            QVERIFY2(pages.contains(page), qPrintable(pages.join(QLatin1String(" | "))));
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("languageLabel"))->text(),
                 languageLabel);
        const auto *box = dialog.findChild<QComboBox *>(QStringLiteral("languageComboBox"));
        QCOMPARE(box->itemText(0), systemDefault);
        QCOMPARE(box->itemText(2), QStringLiteral("Deutsch")); // endonyms stay as they are
        QCOMPARE(box->itemText(3), QStringLiteral("Español"));

        QCOMPARE(noDataHeadline(), noData); // vigil_core's strings share the catalogue

        // Qt's own catalogue (qt6-translations-l10n) when installed: standard buttons.
        const QString qtbase =
            Translations::qtCatalogueDir() + QStringLiteral("/qtbase_%1.qm").arg(language);
        if (QFile::exists(qtbase)) {
            QVERIFY(translations.hasQtCatalogue());
            QDialogButtonBox buttons(QDialogButtonBox::Cancel);
            QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), cancel);
        } else {
            qWarning("%s not installed: Qt's own strings stay English", qPrintable(qtbase));
        }
    }

    void englishStaysEnglish()
    {
        const Translations english(QStringLiteral("en"));
        QVERIFY(!english.hasAppCatalogue());
        QVERIFY(!english.hasQtCatalogue());
        Config config;
        Engine engine(config);
        MainWindow w(engine);
        QVERIFY(tabTexts(w, "mainTabWidget").contains(QStringLiteral("&Dashboard")));
        QCOMPARE(noDataHeadline(), QStringLiteral("No data yet"));
    }

    void systemDefaultFollowsTheLocale()
    {
        // QLocale() is what "System default" reads; setDefault stands in for LANG here.
        QLocale::setDefault(QLocale(QStringLiteral("de_AT")));
        {
            const Translations system{QString()};
            QVERIFY(system.hasAppCatalogue());
            QCOMPARE(noDataHeadline(), QStringLiteral("Noch keine Daten"));
        }
        // English first: no catalogue, even if German were a later preference.
        QLocale::setDefault(QLocale(QStringLiteral("en_GB")));
        {
            const Translations system{QString()};
            QVERIFY(!system.hasAppCatalogue());
            QCOMPARE(noDataHeadline(), QStringLiteral("No data yet"));
        }
        // A language Vigil does not ship: English, without an error.
        QLocale::setDefault(QLocale(QStringLiteral("fr_FR")));
        {
            const Translations system{QString()};
            QVERIFY(!system.hasAppCatalogue());
        }
        QLocale::setDefault(QLocale::c());
    }

    void languageBoxAndNote()
    {
        QComboBox box;
        QLabel note;
        LanguageChooser chooser(&box, &note);
        QSignalSpy chosen(&chooser, &LanguageChooser::languageChosen);
        QCOMPARE(box.count(), 4);
        chooser.setLanguage(QString(), QString());
        QCOMPARE(chooser.language(), QString());
        QVERIFY(note.isHidden());

        box.setCurrentIndex(box.findData(QStringLiteral("de")));
        Q_EMIT box.activated(box.currentIndex()); // what a user's pick sends
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("de"));
        QVERIFY(!note.isHidden()); // applies at the next start, and says so

        box.setCurrentIndex(0);
        Q_EMIT box.activated(0);
        QCOMPARE(chosen.at(1).at(0).toString(), QString());
        QVERIFY(note.isHidden()); // back to what is running

        // Reopened after a pick in this run: the pick shows, and so does the note.
        chooser.setLanguage(QString(), QStringLiteral("es"));
        QCOMPARE(box.currentText(), QStringLiteral("Español"));
        QVERIFY(!note.isHidden());
        // A code this build does not ship reads as the system default.
        chooser.setLanguage(QStringLiteral("fr"), QStringLiteral("fr"));
        QCOMPARE(box.currentIndex(), 0);
        QVERIFY(note.isHidden());
    }

    void languageIsKeptInTheUiState()
    {
        UiState state = UiState::load();
        state.language = QStringLiteral("es");
        state.save();
        QCOMPARE(UiState::loadLanguage(), QStringLiteral("es"));
        QCOMPARE(UiState::load().language, QStringLiteral("es"));
        state.language.clear();
        state.save();
        QCOMPARE(UiState::loadLanguage(), QString());
    }
};

QTEST_MAIN(TestTranslationsGui)
#include "tst_translations_gui.moc"
