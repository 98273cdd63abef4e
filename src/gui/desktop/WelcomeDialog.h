#pragma once

#include <QDialog>
#include <QStringList>

#include <memory>

namespace Ui {
class WelcomeDialog;
}

namespace vigil {

struct WelcomeInfo
{
    QString configPath;
    bool configCreated = false; // written with the defaults in this run
    QString dataDir;
    QStringList rules; // the enabled rules' names
    bool trayAvailable = true;
};

// The short welcome at first start: the tray, the rules, where the configuration lives. Shown
// without blocking (not modal); "Don't show again" is read when it closes.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeDialog)

public:
    explicit WelcomeDialog(const WelcomeInfo &info, QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    // The tray paragraph: the tray is known only once the icon exists (up to a few seconds).
    void setTrayAvailable(bool available);
    bool dontShowAgain() const;
    QString text() const; // every paragraph, for tests

private:
    std::unique_ptr<Ui::WelcomeDialog> m_ui;
};

} // namespace vigil
