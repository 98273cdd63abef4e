#include "AutostartToggle.h"
#include "appearance/Appearance.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QtConcurrent>

namespace vigil {

AutostartToggle::AutostartToggle(QCheckBox *checkBox, QLabel *statusLabel, const QString &entryPath,
                                 const QStringList &systemPaths, QObject *parent)
    : QObject(parent ? parent : checkBox)
    , m_checkBox(checkBox)
    , m_statusLabel(statusLabel)
    , m_path(entryPath.isEmpty() ? AutostartEntry::userPath() : entryPath)
    , m_systemPaths(systemPaths)
{
    m_checkBox->setAccessibleName(tr("Start Vigil at login"));
    m_checkBox->setToolTip(
        tr("Start Vigil hidden in the system tray when you log in (vigil --minimized). Takes "
           "effect at once: writes or removes %1")
            .arg(QDir::toNativeSeparators(m_path)));
    m_statusLabel->setAccessibleName(tr("Start at login status"));
    connect(m_checkBox, &QCheckBox::toggled, this, &AutostartToggle::onToggled);
    m_statusLabel->setText(tr("Checking…"));
    run([path = m_path, system = m_systemPaths] { return AutostartEntry::read(path, system); });
}

template<typename Work> void AutostartToggle::run(Work work)
{
    m_busy = true;
    m_checkBox->setEnabled(false);
    auto *watcher = new QFutureWatcher<AutostartEntry::State>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_busy = false;
        show(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void AutostartToggle::onToggled(bool on)
{
    if (m_busy)
        return; // set by show(), not by the user
    if (!on) {
        run([path = m_path, system = m_systemPaths] {
            return AutostartEntry::disable(path, system);
        });
        return;
    }
    // The entry carries the English comment, and this language's too when there is a translation.
    const QString comment = tr("Start Vigil in the system tray when you log in");
    const bool translated =
        comment != QLatin1String("Start Vigil in the system tray when you log in");
    run([path = m_path, program = QCoreApplication::applicationFilePath(),
         locale = translated ? QLocale().name() : QString(), comment] {
        return AutostartEntry::enable(path, AutostartEntry::contents(program, locale, comment));
    });
}

void AutostartToggle::show(const AutostartEntry::State &state)
{
    m_busy = true; // setChecked must not count as a user edit
    m_checkBox->setChecked(state.enabled);
    m_busy = false;
    m_checkBox->setEnabled(true);
    if (!state.error.isEmpty())
        m_statusLabel->setText(
            QStringLiteral("<span style=\"color:%1\">⚠ %2</span>")
                .arg(errorTextColour().name(), tr("Could not change the start at login: %1")
                                                   .arg(state.error)
                                                   .toHtmlEscaped()));
    else if (state.enabled)
        m_statusLabel->setText(tr("Vigil starts in the tray at login (%1).")
                                   .arg(QDir::toNativeSeparators(state.path)));
    else
        m_statusLabel->setText(tr("Vigil does not start at login."));
    Q_EMIT stateChanged(state);
}

} // namespace vigil
