#pragma once

#include <QColor>
#include <QMetaType>
#include <QString>

class QPalette;

namespace vigil {

// Light or dark, for the whole application. Qt 6.4 has no colour-scheme hint
// (QStyleHints::colorScheme arrives in 6.5), so "system" means the palette the platform theme
// gave us at start-up, and "dark" is a Fusion palette of our own.
enum class ColorScheme { System, Light, Dark };

QString colorSchemeKey(ColorScheme scheme);         // "system", "light", "dark"
ColorScheme colorSchemeFromKey(const QString &key); // unknown keys mean System

// Installs the scheme on qApp; widgets receive QEvent::PaletteChange. The first call remembers
// the platform's palette and style so System and Light can return to them.
void applyColorScheme(ColorScheme scheme);
ColorScheme currentColorScheme();

bool isDark(const QPalette &palette);

// Colours for states that must stay legible on both schemes (checked against WCAG contrast
// by tst_appearance): a tinted background with its border, and text in the state's colour.
struct StateColours
{
    QColor background;
    QColor border;
    QColor text; // for coloured text on the window background
};
StateColours errorColours(const QPalette &palette);
StateColours okColours(const QPalette &palette);
StateColours warningColours(const QPalette &palette);
// Text colours for the application palette as it is now: dialogs are built after the scheme
// is applied, and a scheme change cannot happen while a modal dialog is open.
QColor errorTextColour();
QColor warningTextColour();
QColor okTextColour();
// "#name { background-color: ...; border: ... }" for a banner-like QFrame.
QString frameStyleSheet(const QString &objectName, const StateColours &colours);

// WCAG 2 contrast ratio between two colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace vigil

Q_DECLARE_METATYPE(vigil::ColorScheme)
