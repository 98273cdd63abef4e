#include "LanguageChooser.h"

#include "Translations.h"

#include <QComboBox>
#include <QLabel>

namespace vigil {

LanguageChooser::LanguageChooser(QComboBox *comboBox, QLabel *noteLabel, QObject *parent)
    : QObject(parent ? parent : comboBox)
    , m_comboBox(comboBox)
    , m_noteLabel(noteLabel)
{
    m_comboBox->addItem(tr("System default"), QString());
    // Each language in its own name, so a user who cannot read the current one finds theirs.
    for (const Translations::Language &language : Translations::shipped())
        m_comboBox->addItem(language.nativeName, language.code);
    connect(m_comboBox, &QComboBox::activated, this, &LanguageChooser::onActivated);
    m_noteLabel->setVisible(false);
}

void LanguageChooser::setLanguage(const QString &inEffect, const QString &chosen)
{
    m_inEffect = inEffect;
    const int index = m_comboBox->findData(chosen);
    // A code this build does not ship (edited by hand) runs as the system default.
    m_comboBox->setCurrentIndex(index < 0 ? 0 : index);
    m_noteLabel->setVisible(chosen != inEffect);
}

QString LanguageChooser::language() const
{
    return m_comboBox->currentData().toString();
}

void LanguageChooser::onActivated()
{
    m_noteLabel->setVisible(language() != m_inEffect);
    Q_EMIT languageChosen(language());
}

} // namespace vigil
