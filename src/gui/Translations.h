#pragma once

#include <QList>
#include <QString>
#include <QTranslator>

namespace vigil {

// Installs Vigil's own translations (embedded under :/i18n) and Qt's (qtbase_*.qm from
// QLibraryInfo::TranslationsPath, Debian package qt6-translations-l10n, when installed) for the
// lifetime of the object. Created in main() before any widget, so the .qm files are read
// before the window exists. Number and date formats keep following the system locale.
class Translations final
{
    Q_DISABLE_COPY_MOVE(Translations)

public:
    struct Language
    {
        QString code;       // "en", "de", "es"
        QString nativeName; // "Deutsch": shown untranslated, so everyone finds their own
    };

    // language empty: the system locale's UI languages; "en": no translation.
    explicit Translations(const QString &language);
    ~Translations();

    // Whether Vigil's and Qt's catalogues were found for the language asked for.
    bool hasAppCatalogue() const { return m_appInstalled; }
    bool hasQtCatalogue() const { return m_qtInstalled; }
    // The catalogue in use, e.g. ":/i18n/vigil_de.qm"; empty for English.
    QString appCatalogue() const { return m_app.filePath(); }

    // The languages Vigil ships a translation for, English first.
    static QList<Language> shipped();
    // Where Qt's own catalogues are looked up.
    static QString qtCatalogueDir();

private:
    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace vigil
