#pragma once

#include "desktop/BuildInfo.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace vigil {

// What the About dialog shows besides the build: where Vigil keeps its files. Filled at start-up,
// so opening the dialog touches no file.
struct AboutInfo
{
    QString configPath;
    QString dataDir;
    QString autostartPath;
    QString instanceSocket; // empty when this process runs without the single-instance lock
    bool trayAvailable = false;
};

// Help → About Vigil: version, build, paths, and "Copy diagnostics" for bug reports.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    AboutDialog(const AboutInfo &info, const BuildInfo &build, QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The text "Copy diagnostics" puts on the clipboard.
    QString diagnostics() const;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
    AboutInfo m_info;
    BuildInfo m_build;
};

} // namespace vigil
