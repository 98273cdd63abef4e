#pragma once

#include <QObject>
#include <QString>

class QComboBox;
class QLabel;

namespace vigil {

// Drives the Language box of the General page: "System default" and the shipped languages.
// Not part of the Config (a per-user UI preference kept in UiState): whoever owns the UI state
// listens to languageChosen(). The translators are installed once in main(), so a change applies
// at the next start and the note label says so.
class LanguageChooser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageChooser)

public:
    LanguageChooser(QComboBox *comboBox, QLabel *noteLabel, QObject *parent = nullptr);

    // The language in effect in this run and the one chosen for the next ("" system default,
    // "en", "de", "es"); they differ once the user picked another in this run.
    void setLanguage(const QString &inEffect, const QString &chosen);
    // The selected language, same codes.
    QString language() const;

Q_SIGNALS:
    // The user picked another entry.
    void languageChosen(const QString &code);

private:
    void onActivated();

    QComboBox *m_comboBox;
    QLabel *m_noteLabel;
    QString m_inEffect;
};

} // namespace vigil
