#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace vigil {

namespace {

const QString kPrefix = QStringLiteral("_");

bool load(QTranslator &translator, const QLocale &locale, const QString &name, const QString &dir)
{
    return translator.load(locale, name, kPrefix, dir) &&
           QCoreApplication::installTranslator(&translator);
}

} // namespace

Translations::Translations(const QString &language)
{
    // QLocale() is the system locale; QLocale("de") a German one, for an explicit choice.
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    // English is the source language, without a catalogue of its own: QTranslator would skip
    // to the user's second preference (en-GB, then de) and show German to an English user.
    const QStringList preferred = locale.uiLanguages();
    if (preferred.isEmpty() || preferred.first().startsWith(QLatin1String("en")))
        return;
    m_appInstalled = load(m_app, locale, QStringLiteral("vigil"), QStringLiteral(":/i18n"));
    // Qt's own strings (standard buttons, context menus of line edits): only worth it when
    // Vigil itself speaks the language, or the dialogs would mix two foreign languages.
    if (m_appInstalled)
        m_qtInstalled = load(m_qt, locale, QStringLiteral("qtbase"), qtCatalogueDir());
}

Translations::~Translations()
{
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qt);
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_app);
}

QList<Translations::Language> Translations::shipped()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

QString Translations::qtCatalogueDir()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

} // namespace vigil
