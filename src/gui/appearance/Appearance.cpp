#include "Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

#include <cmath>
#include <optional>

namespace vigil {

namespace {

struct PlatformLook
{
    QPalette palette;
    QString styleName;
};

std::optional<PlatformLook> &platformLook()
{
    static std::optional<PlatformLook> look;
    return look;
}

ColorScheme &activeScheme()
{
    static ColorScheme scheme = ColorScheme::System;
    return scheme;
}

// A neutral dark palette in the spirit of Breeze Dark and Adwaita-dark.
QPalette darkPalette()
{
    const QColor window(0x2a, 0x2c, 0x30);
    const QColor base(0x1e, 0x20, 0x23);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x84, 0x8a);
    const QColor highlight(0x3d, 0x8e, 0xd8);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9e, 0xa4));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x49, 0x4f));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xdb));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    return p;
}

double channel(double c)
{
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

} // namespace

QString colorSchemeKey(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::Light:
        return QStringLiteral("light");
    case ColorScheme::Dark:
        return QStringLiteral("dark");
    case ColorScheme::System:
        break;
    }
    return QStringLiteral("system");
}

ColorScheme colorSchemeFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return ColorScheme::Light;
    if (key == QLatin1String("dark"))
        return ColorScheme::Dark;
    return ColorScheme::System;
}

void applyColorScheme(ColorScheme scheme)
{
    if (!platformLook())
        platformLook() = PlatformLook{QApplication::palette(), QApplication::style()->name()};
    const PlatformLook &platform = *platformLook();
    activeScheme() = scheme;
    if (scheme == ColorScheme::Dark) {
        // Fusion draws every control from the palette; native styles may ignore parts of it.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        return;
    }
    if (QApplication::style()->name() != platform.styleName)
        QApplication::setStyle(QStyleFactory::create(platform.styleName));
    QPalette palette = platform.palette;
    // "Light" on a dark desktop: the style's own standard (light) palette.
    if (scheme == ColorScheme::Light && isDark(palette))
        palette = QApplication::style()->standardPalette();
    QApplication::setPalette(palette);
}

ColorScheme currentColorScheme()
{
    return activeScheme();
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

StateColours errorColours(const QPalette &palette)
{
    if (isDark(palette))
        return {QColor(0x4a, 0x21, 0x21), QColor(0xe0, 0x5a, 0x5a), QColor(0xff, 0x8a, 0x80)};
    return {QColor(0xfd, 0xec, 0xea), QColor(0xd6, 0x27, 0x28), QColor(0xb3, 0x26, 0x1e)};
}

StateColours okColours(const QPalette &palette)
{
    if (isDark(palette))
        return {QColor(0x1f, 0x3a, 0x24), QColor(0x4c, 0xb0, 0x5c), QColor(0x8b, 0xd8, 0x94)};
    return {QColor(0xea, 0xf4, 0xea), QColor(0x2c, 0xa0, 0x2c), QColor(0x1b, 0x5e, 0x20)};
}

StateColours warningColours(const QPalette &palette)
{
    if (isDark(palette))
        return {QColor(0x45, 0x36, 0x1a), QColor(0xe0, 0x9a, 0x3a), QColor(0xff, 0xc0, 0x6b)};
    return {QColor(0xff, 0xf4, 0xe0), QColor(0xff, 0x7f, 0x0e), QColor(0x9a, 0x52, 0x00)};
}

QColor errorTextColour()
{
    return errorColours(QApplication::palette()).text;
}

QColor warningTextColour()
{
    return warningColours(QApplication::palette()).text;
}

QColor okTextColour()
{
    return okColours(QApplication::palette()).text;
}

QString frameStyleSheet(const QString &objectName, const StateColours &colours)
{
    return QStringLiteral("#%1 { background-color: %2; border: 1px solid %3; border-radius: 3px; }")
        .arg(objectName, colours.background.name(), colours.border.name());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return la > lb ? la / lb : lb / la;
}

} // namespace vigil
