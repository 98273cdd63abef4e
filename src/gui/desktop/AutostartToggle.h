#pragma once

#include "desktop/AutostartEntry.h"

#include <QObject>

class QCheckBox;
class QLabel;

namespace vigil {

// Drives the "Start at login" checkbox: reads the real autostart entry when created, and writes
// or removes it when the user toggles the box. The file work runs on the thread pool; the box is
// disabled while a read or write is under way, and the label says the outcome.
class AutostartToggle final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutostartToggle)

public:
    // entryPath empty: AutostartEntry::userPath(). systemPaths: entries a package may install.
    AutostartToggle(QCheckBox *checkBox, QLabel *statusLabel, const QString &entryPath = {},
                    const QStringList &systemPaths = AutostartEntry::systemPaths(),
                    QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // After every read or write, with what is now on disk.
    void stateChanged(const vigil::AutostartEntry::State &state);

private:
    template<typename Work> void run(Work work);
    void onToggled(bool on);
    void show(const AutostartEntry::State &state);

    QCheckBox *m_checkBox;
    QLabel *m_statusLabel;
    QString m_path;
    QStringList m_systemPaths;
    bool m_busy = false;
};

} // namespace vigil
