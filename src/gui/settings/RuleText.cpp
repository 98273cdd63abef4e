#include "RuleText.h"

#include "alerts/Selector.h"
#include "appearance/Appearance.h"
#include "series/SeriesRegistry.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPalette>
#include <QVariant>
#include <QWidget>

namespace vigil::ruletext {

namespace {

const SeriesRegistry &registry()
{
    static const SeriesRegistry r = SeriesRegistry::withSystemSeries();
    return r;
}

QLocale numberLocale()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

} // namespace

Unit unitOfSelector(const QString &selector)
{
    // Only the metric name matters, so a half-typed selector still gets its unit.
    QStringView metric(selector);
    const qsizetype brace = metric.indexOf(u'{');
    if (brace >= 0)
        metric = metric.left(brace);
    return registry().info(metric.trimmed().toString()).unit;
}

QString unitSuffix(Unit unit)
{
    switch (unit) {
    case Unit::Percent:
        return QStringLiteral(" %");
    case Unit::Bytes:
        return QStringLiteral(" B");
    case Unit::BytesPerSecond:
        return QStringLiteral(" B/s");
    case Unit::Seconds:
        return QStringLiteral(" s");
    case Unit::Celsius:
        return QStringLiteral(" °C");
    case Unit::None:
    case Unit::Count:
        break;
    }
    return QString();
}

QString formatNumber(double value)
{
    return numberLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

QString formatThreshold(const std::optional<double> &value, Unit unit)
{
    if (!value)
        return QStringLiteral("—");
    if (unit == Unit::Bytes || unit == Unit::BytesPerSecond)
        return formatValue(*value, unit);
    return formatNumber(*value) + unitSuffix(unit);
}

std::optional<double> parseNumber(const QString &text, bool *ok)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *ok = true;
        return std::nullopt;
    }
    double value = numberLocale().toDouble(trimmed, ok);
    if (!*ok) // people paste numbers written with a '.' into any locale
        value = QLocale::c().toDouble(trimmed, ok);
    if (!*ok)
        return std::nullopt;
    return value;
}

QString fieldTitle(const QString &field)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("vigil::ruletext", text); };
    if (field.startsWith(QLatin1String("labels.")))
        return tr("Label “%1”").arg(field.mid(7));
    const std::pair<const char *, const char *> titles[] = {
        {"name", QT_TRANSLATE_NOOP("vigil::ruletext", "Name")},
        {"series", QT_TRANSLATE_NOOP("vigil::ruletext", "Series")},
        {"operator", QT_TRANSLATE_NOOP("vigil::ruletext", "Operator")},
        {"warning", QT_TRANSLATE_NOOP("vigil::ruletext", "Warning")},
        {"critical", QT_TRANSLATE_NOOP("vigil::ruletext", "Critical")},
        {"warning_clear", QT_TRANSLATE_NOOP("vigil::ruletext", "Warning clear")},
        {"critical_clear", QT_TRANSLATE_NOOP("vigil::ruletext", "Critical clear")},
        {"for", QT_TRANSLATE_NOOP("vigil::ruletext", "For")},
        {"keep_firing_for", QT_TRANSLATE_NOOP("vigil::ruletext", "Keep firing for")},
        {"repeat", QT_TRANSLATE_NOOP("vigil::ruletext", "Repeat")},
        {"labels", QT_TRANSLATE_NOOP("vigil::ruletext", "Labels")},
        {"summary", QT_TRANSLATE_NOOP("vigil::ruletext", "Summary")},
        {"description", QT_TRANSLATE_NOOP("vigil::ruletext", "Description")},
        {"runbook", QT_TRANSLATE_NOOP("vigil::ruletext", "Runbook URL")},
    };
    for (const auto &[key, title] : titles) {
        if (field == QLatin1String(key))
            return tr(title);
    }
    return field;
}

bool checkRule(const AlertRule &rule, QString *field, QString *error)
{
    field->clear();
    error->clear();
    return validateRule(rule, field, error);
}

QString describeError(const QString &field, const QString &error)
{
    const QString title = fieldTitle(field);
    // validateRule() often starts with the field itself: "critical (80) must be at least ...".
    if (error.startsWith(title + u' ', Qt::CaseInsensitive))
        return error.left(1).toUpper() + error.mid(1);
    return title + QStringLiteral(": ") + error;
}

QString ruleProblem(const AlertRule &rule)
{
    QString field;
    QString error;
    if (checkRule(rule, &field, &error))
        return QString();
    const QString name = rule.name.isEmpty()
                             ? QCoreApplication::translate("vigil::ruletext", "(unnamed rule)")
                             : rule.name;
    return name + QStringLiteral(" — ") + describeError(field, error);
}

void markInvalid(QWidget *widget, const QString &message)
{
    QVariant base = widget->property("baseToolTip");
    if (!base.isValid()) {
        base = widget->toolTip();
        widget->setProperty("baseToolTip", base);
    }
    QPalette palette = widget->palette();
    if (message.isEmpty()) {
        widget->setPalette(QPalette());
        widget->setToolTip(base.toString());
        return;
    }
    palette.setColor(QPalette::Base, errorColours(palette).background);
    widget->setPalette(palette);
    const QString tip = base.toString();
    widget->setToolTip(tip.isEmpty() ? message : message + QStringLiteral("\n\n") + tip);
}

} // namespace vigil::ruletext
