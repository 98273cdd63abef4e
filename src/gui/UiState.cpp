#include "UiState.h"

#include <QSettings>

namespace vigil {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
}

UiState UiState::load()
{
    QSettings s;
    UiState state;
    state.geometry = s.value(QStringLiteral("window/geometry")).toByteArray();
    state.timeWindowMs =
        s.value(QStringLiteral("view/timeWindowMs"), state.timeWindowMs).toLongLong();
    state.perCoreCpu = s.value(QStringLiteral("view/perCoreCpu"), false).toBool();
    state.ignoreOutliers = s.value(QStringLiteral("view/ignoreOutliers"), false).toBool();
    state.trayHintShown = s.value(QStringLiteral("tray/hintShown"), false).toBool();
    state.colorScheme = s.value(QStringLiteral("view/colorScheme"), state.colorScheme).toString();
    state.language = s.value(kLanguageKey).toString();
    return state;
}

QString UiState::loadLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

void UiState::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), geometry);
    s.setValue(QStringLiteral("view/timeWindowMs"), timeWindowMs);
    s.setValue(QStringLiteral("view/perCoreCpu"), perCoreCpu);
    s.setValue(QStringLiteral("view/ignoreOutliers"), ignoreOutliers);
    s.setValue(QStringLiteral("tray/hintShown"), trayHintShown);
    s.setValue(QStringLiteral("view/colorScheme"), colorScheme);
    if (language.isEmpty())
        s.remove(kLanguageKey);
    else
        s.setValue(kLanguageKey, language);
}

} // namespace vigil
